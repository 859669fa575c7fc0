-- case: add a column at the end of an existing view, no lock_timeout
-- expect: require-lock-timeout@5
-- tool: plain

CREATE OR REPLACE VIEW active_users AS
  SELECT id, email, name, created_at FROM users WHERE status = 'active';
