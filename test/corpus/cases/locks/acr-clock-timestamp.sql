-- case: golang-migrate: clock_timestamp() default is volatile
-- expect: add-column-rewrite@5, require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE jobs ADD COLUMN enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp();
