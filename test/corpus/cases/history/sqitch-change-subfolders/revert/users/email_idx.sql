-- Revert accounts:users/email_idx from pg

DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;
