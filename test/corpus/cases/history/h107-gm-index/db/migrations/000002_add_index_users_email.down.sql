-- case: down of a non-concurrent index: plain DROP INDEX takes AccessExclusiveLock on users
-- expect: require-concurrent-drop-index@5, require-lock-timeout@5
-- tool: golang-migrate

DROP INDEX index_users_on_email;
