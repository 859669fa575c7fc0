-- +goose Up
CREATE FUNCTION is_valid_email(address text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE
  AS $$ BEGIN RETURN address ~ '^[^@]+@[^@]+$'; END $$;

CREATE TABLE accounts (
  id bigserial PRIMARY KEY,
  email text
);

-- +goose Down
DROP TABLE accounts;
DROP FUNCTION is_valid_email(text);
