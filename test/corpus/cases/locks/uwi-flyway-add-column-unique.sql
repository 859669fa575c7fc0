-- case: Flyway: ADD COLUMN ... UNIQUE
-- expect: unique-without-index@5, require-lock-timeout@5
-- tool: flyway

ALTER TABLE customers ADD COLUMN external_ref uuid UNIQUE;
