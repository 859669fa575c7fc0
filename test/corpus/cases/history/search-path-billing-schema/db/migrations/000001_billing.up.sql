CREATE SCHEMA billing;
SET search_path TO billing, public;
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    reference varchar(20) NOT NULL,
    amount_cents integer NOT NULL
);
CREATE INDEX invoices_account_id_idx ON invoices (account_id);
