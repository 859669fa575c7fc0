-- case: sqitch change with no revert script
-- expect: missing-rollback@*
-- tool: sqitch
-- down: none

-- Deploy app:widgets to pg

BEGIN;

CREATE TABLE widgets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL
);

COMMIT;
