-- Deploy widgets:gadgets to pg

BEGIN;
CREATE TABLE gadgets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label varchar(20) NOT NULL
);
COMMIT;
