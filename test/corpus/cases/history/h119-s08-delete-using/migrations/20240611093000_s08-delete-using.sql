-- case: DELETE ... USING of sessions of deleted users
-- expect: clean

DELETE FROM sessions s
USING users u
WHERE s.user_id = u.id
  AND u.status = 'deleted';
