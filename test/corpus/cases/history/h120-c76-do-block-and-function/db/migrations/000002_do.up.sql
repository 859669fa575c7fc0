-- case: index built inside a DO block (runs), and inside a function body (does not run here)
-- expect: require-concurrent-index@7, require-lock-timeout@7
-- tool: golang-migrate
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_status_idx') THEN
    CREATE INDEX orders_status_idx ON orders (status);
  END IF;
END
$$;
CREATE OR REPLACE FUNCTION make_total_idx() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  CREATE INDEX IF NOT EXISTS orders_total_idx ON orders (total);
END
$fn$;
