-- case: serial -> bigint: widen the sequence too
-- expect: column-type-rewrite@7, column-type-rewrite@8, lock-held-during-slow-operation@8
-- tool: flyway

SET lock_timeout = '5s';
ALTER SEQUENCE customers_id_seq AS bigint;
ALTER TABLE ONLY customers ALTER COLUMN id TYPE bigint USING id::bigint;
ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;
