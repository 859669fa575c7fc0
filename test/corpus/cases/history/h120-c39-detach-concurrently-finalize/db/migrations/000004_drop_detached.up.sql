-- case: drop the detached partition: a pre-existing table
-- expect: drop-table@5
-- tool: golang-migrate
SET lock_timeout = '2s';
DROP TABLE IF EXISTS metrics_2024;
