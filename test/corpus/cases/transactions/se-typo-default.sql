-- case: a typo (DEFALT); the statements after it are still checked
-- expect: syntax-error@5, require-concurrent-index@6

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFALT false;
CREATE INDEX users_email_verified_idx ON users (email_verified);
