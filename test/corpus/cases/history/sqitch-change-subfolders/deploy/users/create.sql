-- Deploy accounts:users/create to pg

BEGIN;

CREATE TABLE users (
    id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL
);

COMMIT;
