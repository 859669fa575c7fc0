-- case: split users: new table for profile data, seeded from users
-- tool: golang-migrate
-- expect: require-lock-timeout@5

CREATE TABLE user_profiles (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  bio text,
  avatar_url text
);

INSERT INTO user_profiles (user_id)
SELECT id FROM users;
