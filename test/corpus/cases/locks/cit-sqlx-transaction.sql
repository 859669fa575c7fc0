-- case: sqlx wraps each migration in a transaction unless it starts with -- no-transaction
-- expect: concurrently-in-transaction@5
-- tool: sqlx

CREATE INDEX CONCURRENTLY subscriptions_email_idx ON subscriptions (email);
