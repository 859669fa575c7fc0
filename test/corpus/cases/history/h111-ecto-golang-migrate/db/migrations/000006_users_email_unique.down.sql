-- expect: require-concurrent-drop-index@4
-- tool: golang-migrate
SET lock_timeout TO '5s';
DROP INDEX "users_email_index";
