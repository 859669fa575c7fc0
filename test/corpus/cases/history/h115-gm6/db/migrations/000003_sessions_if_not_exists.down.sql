-- case: the up did not create sessions (it already existed): dropping it in the down is a real drop
-- expect: drop-table@6
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TABLE sessions;
