BEGIN;
CREATE TABLE carts (id bigint PRIMARY KEY, total numeric(12,2));
COMMIT;
