-- case: a new table "Sessions" (quoted, mixed case) beside the existing sessions
-- expect: clean
-- tool: golang-migrate

CREATE TABLE "Sessions" (id uuid PRIMARY KEY, token text NOT NULL);
