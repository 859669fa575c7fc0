-- case: one-to-one table: the FK column is the primary key, so it is indexed
-- expect: clean

SET lock_timeout = '2s';
CREATE TABLE user_profiles (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  bio text,
  website text
);
