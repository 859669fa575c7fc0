-- case: SQL-standard procedure body (BEGIN ATOMIC) doing a keyed fix
-- expect: clean

CREATE PROCEDURE fix_user_status(uid bigint)
LANGUAGE sql
BEGIN ATOMIC
  UPDATE users SET status = 'active' WHERE id = uid;
  INSERT INTO audit_log (user_id, action) VALUES (uid, 'status fixed');
END;

CALL fix_user_status(42);
DROP PROCEDURE fix_user_status(bigint);
