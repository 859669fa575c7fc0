-- +goose Up
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  status text NOT NULL DEFAULT 'new'
);

-- +goose Down
DROP TABLE orders;
