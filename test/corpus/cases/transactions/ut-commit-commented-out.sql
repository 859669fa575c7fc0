-- case: the COMMIT is commented out
-- expect: uncommitted-transaction@4

BEGIN;
CREATE TABLE audit_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor text NOT NULL,
  action text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
-- COMMIT;
