-- case: PG 17 lets a transaction use a value it added to a type it created itself
-- expect: clean
-- tool: goose
-- pg-version: 17

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
