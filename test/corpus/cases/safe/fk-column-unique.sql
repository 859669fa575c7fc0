-- case: FK column declared UNIQUE in the new table
-- expect: clean

SET lock_timeout = '2s';
CREATE TABLE billing_accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id bigint NOT NULL UNIQUE REFERENCES organizations (id),
  stripe_customer_id text NOT NULL
);
