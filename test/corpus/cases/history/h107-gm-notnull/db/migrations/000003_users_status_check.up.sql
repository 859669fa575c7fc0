-- case: GitLab/strong_migrations step 1: CHECK (status IS NOT NULL) NOT VALID
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ADD CONSTRAINT users_status_null CHECK (status IS NOT NULL) NOT VALID;
