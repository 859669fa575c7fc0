-- case: down: dropping the table the up created is what a rollback does
-- expect: clean
-- tool: golang-migrate

DROP TABLE IF EXISTS webhooks;
