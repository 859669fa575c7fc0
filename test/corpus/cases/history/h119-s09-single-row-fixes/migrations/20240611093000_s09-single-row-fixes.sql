-- case: single-row data fixes by primary key and unique key
-- expect: clean

UPDATE users SET email = 'support@example.com' WHERE id = 1;
UPDATE users SET status = 'disabled' WHERE email = 'spam@example.com';
DELETE FROM orders WHERE id = 424242;
