-- case: ctid batch
-- expect: clean

UPDATE users
SET locale = 'en'
WHERE ctid = ANY (ARRAY(
  SELECT ctid FROM users WHERE locale IS NULL LIMIT 5000
));
