-- case: set_config(..., false) inside a DO block changes the session path: events is tenant_a.events (pre-existing)
-- tool: plain
-- expect: require-lock-timeout@9, add-column-rewrite@9

DO $$
BEGIN
  PERFORM set_config('search_path', 'tenant_a', false);
END $$;
ALTER TABLE events ADD COLUMN uid uuid DEFAULT gen_random_uuid();
