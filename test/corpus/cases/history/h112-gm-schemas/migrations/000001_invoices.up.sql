CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number varchar(10) NOT NULL,
    customer_id bigint NOT NULL
);
