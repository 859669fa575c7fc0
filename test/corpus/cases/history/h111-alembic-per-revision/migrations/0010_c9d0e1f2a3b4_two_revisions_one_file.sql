-- case: alembic upgrade --sql with transaction_per_migration=True: two revisions, two transactions; SET LOCAL lock_timeout of the first ends at its COMMIT
-- expect: require-lock-timeout@20
-- tool: plain
BEGIN;

-- Running upgrade b8c9d0e1f2a3 -> c9d0e1f2a3b4

SET LOCAL lock_timeout = '3s';

ALTER TABLE payments ADD COLUMN note TEXT;

UPDATE alembic_version SET version_num='c9d0e1f2a3b4' WHERE alembic_version.version_num = 'b8c9d0e1f2a3';

COMMIT;

BEGIN;

-- Running upgrade c9d0e1f2a3b4 -> d0e1f2a3b4c5

ALTER TABLE payments ADD COLUMN reference VARCHAR(64);

UPDATE alembic_version SET version_num='d0e1f2a3b4c5' WHERE alembic_version.version_num = 'c9d0e1f2a3b4';

COMMIT;
