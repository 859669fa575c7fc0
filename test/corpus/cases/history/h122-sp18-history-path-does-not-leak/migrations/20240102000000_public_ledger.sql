CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric(12,2), account_id bigint);
