-- case: alembic op.execute("SET LOCAL lock_timeout = '3s'") first inside the revision transaction, then a rename with a compatibility view... no view: rename breaks old code
-- expect: rename-table@10
-- tool: plain
BEGIN;

-- Running upgrade f6a7b8c9d0e1 -> a7b8c9d0e1f2

SET LOCAL lock_timeout = '3s';

ALTER TABLE account RENAME TO accounts;

UPDATE alembic_version SET version_num='a7b8c9d0e1f2' WHERE alembic_version.version_num = 'f6a7b8c9d0e1';

COMMIT;
