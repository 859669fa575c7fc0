-- case: widen ok, narrow rewrites
-- tool: flyway
-- expect: column-type-rewrite@6
SET lock_timeout TO '2s';
ALTER TABLE customer ALTER COLUMN zip TYPE VARCHAR(20);
ALTER TABLE customer ALTER COLUMN name TYPE VARCHAR(50);
