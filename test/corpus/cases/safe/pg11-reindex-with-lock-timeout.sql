-- case: PostgreSQL 11 has no REINDEX CONCURRENTLY; lock_timeout is set
-- expect: clean
-- pg-version: 11

SET lock_timeout = '2s';
REINDEX INDEX users_email_idx;
