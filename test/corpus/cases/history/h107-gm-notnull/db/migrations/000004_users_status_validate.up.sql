-- case: step 2: VALIDATE in its own migration (ShareUpdateExclusiveLock only)
-- expect: clean
-- tool: golang-migrate

ALTER TABLE users VALIDATE CONSTRAINT users_status_null;
