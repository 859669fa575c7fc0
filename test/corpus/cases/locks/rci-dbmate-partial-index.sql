-- case: dbmate partial index on a busy table
-- expect: require-concurrent-index@6, require-lock-timeout@6, require-concurrent-drop-index@11, require-lock-timeout@11
-- tool: dbmate

-- migrate:up
CREATE INDEX subscriptions_active_account_idx
  ON subscriptions (account_id)
  WHERE canceled_at IS NULL;

-- migrate:down
DROP INDEX IF EXISTS subscriptions_active_account_idx;
