-- case: PG 16 refuses the use of the new value even on a type created in the same transaction
-- expect: enum-value-change@9
-- tool: goose
-- pg-version: 16

-- +goose Up
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
ALTER TYPE ticket_state ADD VALUE 'pending';
CREATE TABLE tickets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  state ticket_state NOT NULL DEFAULT 'pending'
);

-- +goose Down
DROP TABLE tickets;
DROP TYPE ticket_state;
