-- case: Flyway on PostgreSQL < 12 detects ALTER TYPE ... ADD VALUE and runs the migration outside a transaction
-- expect: clean
-- tool: flyway
-- pg-version: 11

ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';
