-- case: prefer-identity enabled: bigserial
-- expect: prefer-identity@5
-- rules: prefer-identity=warning

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor text NOT NULL,
  happened_at timestamptz NOT NULL DEFAULT now()
);
