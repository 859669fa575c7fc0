CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    number varchar(30) NOT NULL
);
CREATE TABLE billing.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE INDEX invoices_customer_id_idx ON billing.invoices (customer_id);
