-- case: new lookup table created, seeded and fully updated in one transaction
-- expect: clean

BEGIN;

CREATE TABLE plans (
  id smallint PRIMARY KEY,
  name text NOT NULL,
  price_cents integer NOT NULL,
  active boolean
);

INSERT INTO plans (id, name, price_cents) VALUES (1, 'free', 0), (2, 'pro', 1200), (3, 'team', 4900);

ALTER TABLE plans ADD COLUMN currency text;

UPDATE plans SET currency = 'USD', active = true;

DELETE FROM plans;

COMMIT;
