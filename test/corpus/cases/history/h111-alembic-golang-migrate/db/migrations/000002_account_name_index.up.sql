-- case: alembic autocommit_block() output moved into golang-migrate: the tool sends the file as one query, so the COMMIT/BEGIN around the build do not help and PostgreSQL refuses it
-- expect: concurrently-in-transaction@10
-- tool: golang-migrate
BEGIN;

-- Running upgrade a1 -> b2

COMMIT;

CREATE INDEX CONCURRENTLY ix_account_name ON account (name);

BEGIN;

COMMIT;
