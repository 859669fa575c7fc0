-- case: dropping a constraint-backed index: fails in PG, the constraint must be dropped instead
-- expect: require-concurrent-drop-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
DROP INDEX accounts_email_key;
