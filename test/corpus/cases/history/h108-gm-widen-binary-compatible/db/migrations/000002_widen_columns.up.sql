-- case: binary-compatible widenings known from the history: no rewrite, only the lock timeout
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE customers ALTER COLUMN name TYPE varchar(100);
ALTER TABLE customers ALTER COLUMN balance TYPE numeric(14,2);
ALTER TABLE orders ALTER COLUMN total TYPE numeric;
ALTER TABLE orders ALTER COLUMN note TYPE text;
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(3);
ALTER TABLE customers ALTER COLUMN email TYPE character varying(160), ALTER COLUMN status TYPE text;
