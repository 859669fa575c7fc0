-- +goose Up
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL, author text);

-- +goose Down
DROP TABLE notes;
