-- case: ALTER DOMAIN ADD CONSTRAINT NOT VALID: no scan, no table lock
-- expect: clean
-- tool: golang-migrate

ALTER DOMAIN positive_cents ADD CONSTRAINT positive_cents_max CHECK (VALUE < 100000000) NOT VALID;
