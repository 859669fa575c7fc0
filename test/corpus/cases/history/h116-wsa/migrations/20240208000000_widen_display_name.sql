-- case: widen the dump's character varying(100) and numeric(12,2): binary compatible, still ACCESS EXCLUSIVE
-- expect: require-lock-timeout@5, column-type-rewrite@7
-- tool: plain

ALTER TABLE customers ALTER COLUMN display_name TYPE varchar(200);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2);
ALTER TABLE orders ALTER COLUMN note TYPE varchar(500);
