-- case: Diesel migration folder without down.sql
-- expect: missing-rollback@*
-- tool: diesel
-- down: none

CREATE TABLE posts (
  id BIGSERIAL PRIMARY KEY,
  title VARCHAR NOT NULL,
  body TEXT NOT NULL,
  published BOOLEAN NOT NULL DEFAULT FALSE
);
