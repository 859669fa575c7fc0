-- case: a suppression separated from its statement by a blank line and another comment still covers the next statement
-- expect: clean

SET lock_timeout = '2s';
-- sluice-ignore drop-column: contract phase, v3.2 stopped reading users.legacy_flags

-- (ticket OPS-1234)
ALTER TABLE users
  DROP COLUMN legacy_flags;
