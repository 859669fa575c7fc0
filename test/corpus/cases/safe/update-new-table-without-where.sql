-- case: UPDATE without WHERE on a table this migration created and filled
-- expect: clean

CREATE TABLE plan_prices (
  plan text PRIMARY KEY,
  monthly_cents bigint NOT NULL,
  currency text
);
INSERT INTO plan_prices (plan, monthly_cents) VALUES ('team', 1900), ('enterprise', 9900);
UPDATE plan_prices SET currency = 'USD';
ALTER TABLE plan_prices ALTER COLUMN currency SET NOT NULL;
