-- case: style rules on a new table using a domain over varchar and serial
-- expect: prefer-bigint@8, prefer-identity@8, prefer-timestamptz@8
-- tool: goose
-- rules: prefer-bigint=warning,prefer-identity=warning,prefer-timestamptz=warning,prefer-text=warning

-- +goose Up
CREATE DOMAIN sku AS varchar(32);
CREATE TABLE products (
    id serial PRIMARY KEY,
    code sku NOT NULL,
    added_at timestamp NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE products;
DROP DOMAIN sku;
