CREATE TABLE shops (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    remote_id text DEFAULT 'pending'
);
CREATE TABLE sellers (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    remote_id text DEFAULT 'pending'
);
