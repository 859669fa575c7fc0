-- case: ALTER COLUMN TYPE with no history to say what the old type was
-- expect: column-type-rewrite@4, require-lock-timeout@4

ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);
