-- case: the up did not add locale (it already existed): dropping it in the down is a real drop
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN locale;
