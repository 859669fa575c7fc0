-- case: alembic op.create_index(..., postgresql_concurrently=True) without autocommit_block(): offline output keeps it inside the revision's BEGIN
-- expect: concurrently-in-transaction@8
-- tool: plain
BEGIN;

-- Running upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1

CREATE INDEX CONCURRENTLY ix_orders_account_id ON orders (account_id);

UPDATE alembic_version SET version_num='f6a7b8c9d0e1' WHERE alembic_version.version_num = 'e5f6a7b8c9d0';

COMMIT;
