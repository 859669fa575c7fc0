-- case: prefer-timestamptz enabled: timestamp without time zone
-- expect: prefer-timestamptz@5
-- rules: prefer-timestamptz=warning

CREATE TABLE appointments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  starts_at timestamp NOT NULL,
  notes text
);
