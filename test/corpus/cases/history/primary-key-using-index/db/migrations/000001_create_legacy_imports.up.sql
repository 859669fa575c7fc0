CREATE TABLE legacy_imports (
  id bigint NOT NULL,
  payload jsonb NOT NULL
);
