CREATE TABLE players (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    nickname varchar(30) NOT NULL,
    badge bytea
);
