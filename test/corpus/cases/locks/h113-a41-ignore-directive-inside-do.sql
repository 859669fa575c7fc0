-- case: a -- sluice-ignore inside a DO body covers the statement after it (Sluice reads directives in DO bodies)
-- expect: require-lock-timeout@7

DO $$
BEGIN
  -- sluice-ignore require-concurrent-index: tiny table
  CREATE INDEX IF NOT EXISTS plans_code_idx ON plans (code);
END $$;
