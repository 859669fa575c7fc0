-- case: a COMMIT with no BEGIN
-- expect: transaction-nesting@6

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN avatar_url text;
COMMIT;
