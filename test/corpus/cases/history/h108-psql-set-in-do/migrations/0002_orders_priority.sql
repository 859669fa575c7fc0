-- case: lock_timeout set from a DO block with PERFORM set_config(..., false) lasts for the session
-- expect: clean
-- tool: plain

DO $$
BEGIN
  PERFORM set_config('lock_timeout', '2s', false);
END
$$;
ALTER TABLE orders ADD COLUMN priority smallint;
