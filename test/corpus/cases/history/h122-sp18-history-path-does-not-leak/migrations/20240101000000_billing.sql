CREATE SCHEMA billing;
SET search_path TO billing;
CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric(12,2));
