-- +goose Up
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending',
    refunded_at timestamptz
);

-- +goose Down
DROP TABLE orders;
DROP TYPE order_status;
