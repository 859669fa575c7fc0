-- case: statements in a plpgsql function body do not run at migration time; BEGIN/END are not transactions
-- expect: clean

SET lock_timeout = '2s';

CREATE OR REPLACE FUNCTION archive_old_sessions() RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE sessions SET archived = true;
  DELETE FROM sessions WHERE archived;
  COMMIT;
END;
$fn$;
