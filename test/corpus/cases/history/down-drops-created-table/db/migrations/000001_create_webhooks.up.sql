-- case: up: a new table
-- expect: clean
-- tool: golang-migrate

CREATE TABLE webhooks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url text NOT NULL,
  secret text NOT NULL
);
