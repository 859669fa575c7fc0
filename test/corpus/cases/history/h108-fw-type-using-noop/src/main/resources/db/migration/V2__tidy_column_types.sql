-- case: Hibernate-style type statements that PostgreSQL turns into no-ops: USING a plain cast, the same type, text -> varchar
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN name TYPE text USING name::text;
ALTER TABLE customers ALTER COLUMN email TYPE varchar(120);
ALTER TABLE customers ALTER COLUMN status TYPE varchar;
ALTER TABLE customers ALTER COLUMN balance TYPE numeric(12,2) USING balance::numeric(12,2);
