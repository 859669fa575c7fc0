-- case: ADD COLUMN NOT NULL without a default
-- expect: add-required-column@4, require-lock-timeout@4

ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
