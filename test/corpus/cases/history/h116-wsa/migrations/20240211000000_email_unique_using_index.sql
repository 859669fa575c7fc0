-- case: promote the dump's unique index to a constraint
-- expect: require-lock-timeout@5
-- tool: plain

ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_idx;
