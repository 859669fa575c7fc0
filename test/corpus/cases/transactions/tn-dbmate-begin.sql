-- case: dbmate runs the up section in a transaction already
-- expect: transaction-nesting@6
-- tool: dbmate

-- migrate:up
BEGIN;
CREATE TABLE api_keys (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  token_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX api_keys_token_hash_key ON api_keys (token_hash);
COMMIT;

-- migrate:down
DROP TABLE api_keys;
