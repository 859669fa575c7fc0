-- case: dbmate file with no -- migrate:down section
-- expect: missing-rollback@*
-- tool: dbmate

-- migrate:up
CREATE TABLE password_resets (
  token_hash bytea PRIMARY KEY,
  user_email text NOT NULL,
  expires_at timestamptz NOT NULL
);
