CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(255) NOT NULL,
  handle varchar(50),
  deleted_at timestamptz
);

CREATE UNIQUE INDEX accounts_email_active ON accounts (email) WHERE deleted_at IS NULL;
CREATE INDEX accounts_handle ON accounts (handle);
