-- case: ALTER VIEW ... RENAME COLUMN: queries of the running version name the view's column
-- expect: rename-column@5

SET lock_timeout = '2s';
ALTER VIEW active_users RENAME COLUMN email TO email_address;
