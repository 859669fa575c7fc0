-- Deploy widgets:widgets to pg

BEGIN;

CREATE TABLE widgets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(32) NOT NULL,
    name varchar(100) NOT NULL,
    owner_id bigint
);

CREATE TABLE owners (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

COMMIT;
