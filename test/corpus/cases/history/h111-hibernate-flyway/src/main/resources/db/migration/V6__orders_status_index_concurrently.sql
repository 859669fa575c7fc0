-- case: Flyway runs a migration made only of a concurrent build outside a transaction (PostgreSQL non-transactional statement detection)
-- expect: clean
-- tool: flyway
create index concurrently if not exists idx_orders_status on orders (status);
