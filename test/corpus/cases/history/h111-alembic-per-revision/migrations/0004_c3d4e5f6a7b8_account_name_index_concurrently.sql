-- case: alembic autocommit_block(): offline mode closes the revision's transaction around the concurrent build
-- expect: clean
-- tool: plain
BEGIN;

-- Running upgrade b2c9d1e0f3aa -> c3d4e5f6a7b8

COMMIT;

CREATE INDEX CONCURRENTLY ix_account_name ON account (name);

BEGIN;

UPDATE alembic_version SET version_num='c3d4e5f6a7b8' WHERE alembic_version.version_num = 'b2c9d1e0f3aa';

COMMIT;
