-- case: pgcrypto gen_random_uuid() default on a new table: fine
-- expect: require-lock-timeout@7, require-lock-timeout@15
-- tool: goose

-- +goose Up
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id integer NOT NULL REFERENCES customers (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_keys_customer_id_idx ON api_keys (customer_id);

-- +goose Down
DROP TABLE api_keys;
