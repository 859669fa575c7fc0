-- case: move expired sessions into an archive table in one CTE
-- expect: clean

CREATE TABLE sessions_archive (LIKE sessions INCLUDING ALL);

WITH moved AS (
  DELETE FROM sessions
  WHERE expires_at < now() - interval '30 days'
  RETURNING *
)
INSERT INTO sessions_archive
SELECT * FROM moved;
