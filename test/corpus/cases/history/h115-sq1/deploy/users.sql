-- Deploy shop:users to pg

BEGIN;

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  nickname_old text
);

COMMIT;
