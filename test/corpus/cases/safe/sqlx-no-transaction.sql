-- no-transaction
-- case: sqlx: -- no-transaction on the first line, then a concurrent build
-- expect: clean
-- tool: sqlx

CREATE INDEX CONCURRENTLY IF NOT EXISTS subscriptions_email_idx ON subscriptions (email);
