-- case: step 2: VALIDATE in a later migration
-- expect: clean
-- tool: golang-migrate

ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
