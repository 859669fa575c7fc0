CREATE FUNCTION normalize_email(text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT lower(trim($1)) $$;

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL
);
CREATE UNIQUE INDEX users_email_normalized_idx ON users (normalize_email(email));
