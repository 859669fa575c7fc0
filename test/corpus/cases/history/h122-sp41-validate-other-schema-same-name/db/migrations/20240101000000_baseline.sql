-- +goose Up
CREATE SCHEMA tenant_a;
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric);
CREATE TABLE tenant_a.orders (id bigint PRIMARY KEY, total numeric);
ALTER TABLE tenant_a.orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
-- +goose Down
DROP SCHEMA tenant_a CASCADE;
DROP TABLE public.orders;
