CREATE SCHEMA shop;
SET search_path TO shop, public;
CREATE TABLE carts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX carts_created_at_idx ON carts (created_at);
