CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number varchar(50) NOT NULL,
    customer_id bigint NOT NULL
);
CREATE TABLE billing.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
