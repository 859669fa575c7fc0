-- case: alembic upgrade 1975ea83b712:ae1027a6acf --sql: add column then a plain index in the revision's transaction
-- expect: require-lock-timeout@8, require-concurrent-index@10, lock-held-during-slow-operation@10
-- tool: plain
BEGIN;

-- Running upgrade 1975ea83b712 -> ae1027a6acf

ALTER TABLE account ADD COLUMN last_login TIMESTAMP WITHOUT TIME ZONE;

CREATE INDEX ix_account_last_login ON account (last_login);

UPDATE alembic_version SET version_num='ae1027a6acf' WHERE alembic_version.version_num = '1975ea83b712';

COMMIT;
