-- case: all style rules enabled, a table that follows them
-- expect: clean
-- rules: prefer-bigint=warning, prefer-identity=warning, prefer-timestamptz=warning, prefer-text=warning, ban-char=warning

CREATE TABLE api_clients (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  scopes text[] NOT NULL DEFAULT '{}',
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
