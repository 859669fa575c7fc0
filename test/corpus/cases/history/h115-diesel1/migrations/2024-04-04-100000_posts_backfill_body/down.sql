-- case: nothing to undo for a backfill
-- expect: clean
-- tool: diesel

SELECT 1;
