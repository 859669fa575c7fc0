-- case: RENAME COLUMN breaks the running release
-- expect: rename-column@4, require-lock-timeout@4

ALTER TABLE users RENAME COLUMN name TO full_name;
