-- case: renaming an index is not renaming a table or column
-- expect: clean

SET lock_timeout = '2s';
ALTER INDEX index_users_on_email RENAME TO users_email_idx;
