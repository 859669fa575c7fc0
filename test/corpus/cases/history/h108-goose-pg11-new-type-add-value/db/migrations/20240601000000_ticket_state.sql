-- case: PG 11 allows ADD VALUE in a transaction when the type was created in it
-- expect: clean
-- tool: goose
-- pg-version: 11

-- +goose Up
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
ALTER TYPE ticket_state ADD VALUE 'pending' BEFORE 'closed';

-- +goose Down
DROP TYPE ticket_state;
