-- case: alembic op.alter_column('account', 'email', nullable=False) after a backfill op.execute
-- expect: unbatched-backfill@8, require-lock-timeout@10, set-not-null@10
-- tool: plain
BEGIN;

-- Running upgrade ae1027a6acf -> b2c9d1e0f3aa

UPDATE account SET email = '' WHERE email IS NULL;

ALTER TABLE account ALTER COLUMN email SET NOT NULL;

UPDATE alembic_version SET version_num='b2c9d1e0f3aa' WHERE alembic_version.version_num = 'ae1027a6acf';

COMMIT;
