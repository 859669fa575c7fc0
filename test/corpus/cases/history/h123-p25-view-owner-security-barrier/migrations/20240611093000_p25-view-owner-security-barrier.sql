-- case: COMMENT and GRANT take no blocking lock; ALTER VIEW ... SET takes AccessExclusiveLock on the view
-- expect: require-lock-timeout@7
-- tool: plain

COMMENT ON VIEW active_users IS 'Users that can sign in';
GRANT SELECT ON active_users TO PUBLIC;
ALTER VIEW active_users SET (security_barrier = true);
