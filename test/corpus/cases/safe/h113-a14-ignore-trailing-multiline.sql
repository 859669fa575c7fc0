-- case: a trailing suppression on the last line of a multi-line statement covers that statement
-- expect: clean

SET lock_timeout = '2s';
DROP INDEX
  IF EXISTS
  legacy_users_email_idx; -- sluice-ignore require-concurrent-drop-index: legacy_users is read-only since 2023
