CREATE TABLE accounts (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    handle varchar(32) NOT NULL,
    email text UNIQUE,
    joined_at timestamptz NOT NULL DEFAULT now()
);
