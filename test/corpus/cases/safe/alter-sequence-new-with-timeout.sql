-- case: a sequence created here needs no lock_timeout; the existing one is altered after SET lock_timeout
-- expect: clean
-- tool: golang-migrate

CREATE SEQUENCE order_numbers AS integer START WITH 1000;
ALTER SEQUENCE order_numbers OWNED BY orders.number;
SET lock_timeout = '2s';
ALTER SEQUENCE orders_id_seq AS bigint MAXVALUE 9223372036854775807;
