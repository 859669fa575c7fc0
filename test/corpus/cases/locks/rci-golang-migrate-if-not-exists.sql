-- case: golang-migrate: IF NOT EXISTS does not make the build concurrent
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: golang-migrate

CREATE INDEX IF NOT EXISTS payments_customer_id_idx ON payments (customer_id);
