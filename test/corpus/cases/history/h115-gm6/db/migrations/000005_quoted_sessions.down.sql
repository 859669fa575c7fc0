-- case: unquoted Sessions folds to sessions, the pre-existing table, not the "Sessions" the up created
-- expect: drop-table@6
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TABLE Sessions;
