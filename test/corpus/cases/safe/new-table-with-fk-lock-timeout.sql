-- case: new table referencing users, lock_timeout set, FK column indexed
-- expect: clean

SET lock_timeout = '2s';
CREATE TABLE user_sessions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX user_sessions_user_id_idx ON user_sessions (user_id);
CREATE UNIQUE INDEX user_sessions_token_hash_key ON user_sessions (token_hash);
