CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, nickname text);
CREATE INDEX accounts_nickname_idx ON accounts (nickname);
