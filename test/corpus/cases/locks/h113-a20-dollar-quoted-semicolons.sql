-- case: dollar-quoted text with semicolons and SQL-looking lines before the flagged statement
-- expect: require-lock-timeout@12, truncate@12

SET statement_timeout = 0;
COMMENT ON FUNCTION noop() IS $doc$
  Runs nightly;
  CREATE INDEX not_a_statement ON x (y);
  -- sluice-ignore truncate: not a directive
  DROP TABLE also_not;
$doc$;

TRUNCATE TABLE
  staging_imports;
