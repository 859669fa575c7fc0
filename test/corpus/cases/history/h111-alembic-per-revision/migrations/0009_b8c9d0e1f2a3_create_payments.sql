-- case: alembic op.create_table with a ForeignKeyConstraint to the existing accounts table: ShareRowExclusiveLock on accounts; SQLAlchemy adds no index on the FK column
-- expect: require-lock-timeout@8, foreign-key-without-index@8
-- tool: plain
BEGIN;

-- Running upgrade a7b8c9d0e1f2 -> b8c9d0e1f2a3

CREATE TABLE payments (
    id SERIAL NOT NULL, 
    account_id INTEGER NOT NULL, 
    amount NUMERIC(12, 2) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(account_id) REFERENCES accounts (id)
);

UPDATE alembic_version SET version_num='b8c9d0e1f2a3' WHERE alembic_version.version_num = 'a7b8c9d0e1f2';

COMMIT;
