-- +goose Up
CREATE SCHEMA tenant_a;
CREATE TABLE public.orders (id bigint PRIMARY KEY, status text);
CREATE TABLE tenant_a.orders (id bigint PRIMARY KEY, status text);
-- +goose Down
DROP SCHEMA tenant_a CASCADE;
DROP TABLE public.orders;
