BEGIN;
-- Running upgrade a1 -> b2
ALTER TYPE order_status ADD VALUE 'refunded';
UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'a1';
COMMIT;
