-- case: legacy function with a single-quoted body holding BEGIN/END and semicolons, nested dollar tags
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
CREATE OR REPLACE FUNCTION archive_order(p_id bigint) RETURNS void LANGUAGE plpgsql AS '
BEGIN
  UPDATE orders SET state = ''archived'' WHERE id = p_id;
  COMMIT;
END;
';
CREATE OR REPLACE FUNCTION run_sql(q text) RETURNS void LANGUAGE plpgsql AS $outer$
BEGIN
  EXECUTE $inner$ SET LOCAL statement_timeout = '1s'; $inner$;
  EXECUTE q;
END;
$outer$;
ALTER TABLE orders ADD COLUMN archived_at timestamptz;
