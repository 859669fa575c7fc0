-- case: copy rows into a new table with INSERT ... SELECT, then fix it up
-- expect: clean

BEGIN;
CREATE TABLE user_emails (
  user_id bigint PRIMARY KEY,
  email text NOT NULL
);
INSERT INTO user_emails (user_id, email)
SELECT id, lower(email) FROM users;
UPDATE user_emails SET email = trim(email);
COMMIT;
