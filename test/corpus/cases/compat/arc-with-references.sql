-- case: required FK column with no default and no index
-- expect: add-required-column@5, foreign-key-without-index@5

SET lock_timeout = '2s';
ALTER TABLE invoices ADD COLUMN account_id bigint NOT NULL REFERENCES accounts (id);
