-- case: a column of an unconstrained domain, NOT NULL without default
-- expect: add-required-column@7
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN billing_email email_address NOT NULL;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN billing_email;
