CREATE SCHEMA billing;
CREATE TABLE billing.ledger (id bigint PRIMARY KEY, amount numeric(12,2));
SET search_path TO billing;
