-- case: MySQL habit: MODIFY COLUMN
-- expect: syntax-error@4

ALTER TABLE users MODIFY COLUMN name varchar(255) NOT NULL;
