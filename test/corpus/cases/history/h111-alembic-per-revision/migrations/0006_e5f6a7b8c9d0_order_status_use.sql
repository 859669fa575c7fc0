-- case: alembic: a later revision uses the enum value added earlier, and adds an FK to account without NOT VALID
-- expect: require-lock-timeout@8, add-required-column@8, constraint-without-not-valid@10, foreign-key-without-index@10, lock-held-during-slow-operation@10
-- tool: plain
BEGIN;

-- Running upgrade d4e5f6a7b8c9 -> e5f6a7b8c9d0

ALTER TABLE orders ADD COLUMN account_id INTEGER NOT NULL;

ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY(account_id) REFERENCES account (id);

UPDATE alembic_version SET version_num='e5f6a7b8c9d0' WHERE alembic_version.version_num = 'd4e5f6a7b8c9';

COMMIT;
