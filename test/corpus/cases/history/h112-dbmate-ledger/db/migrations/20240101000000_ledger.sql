-- migrate:up
CREATE TABLE ledger_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref varchar(20) NOT NULL,
    amount numeric(10,2) NOT NULL
);

-- migrate:down
DROP TABLE ledger_entries;
