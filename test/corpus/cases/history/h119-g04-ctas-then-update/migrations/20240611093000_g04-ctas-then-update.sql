-- case: CREATE TABLE AS / SELECT INTO a new table, then update and delete all of it
-- expect: clean

CREATE TABLE user_snapshot AS
SELECT id, email, status FROM users;
UPDATE user_snapshot SET email = lower(email);

SELECT id, user_id INTO order_snapshot FROM orders;
DELETE FROM order_snapshot;
