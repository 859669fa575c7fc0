-- case: prefer-text enabled: varchar(255) out of habit
-- expect: prefer-text@5
-- rules: prefer-text=warning

CREATE TABLE newsletter_signups (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(255) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
