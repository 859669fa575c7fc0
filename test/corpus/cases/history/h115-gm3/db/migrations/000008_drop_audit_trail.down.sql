-- case: down recreates a dropped table with a foreign key to accounts (ShareRowExclusiveLock on accounts blocks writes; no lock_timeout here) and no index on account_id
-- expect: require-lock-timeout@5, foreign-key-without-index@5
-- tool: golang-migrate

CREATE TABLE audit_trail (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  note text
);
