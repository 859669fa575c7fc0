-- case: alembic: ALTER TYPE ... ADD VALUE then a data migration using the new value in the same revision transaction (fails: unsafe use of new value)
-- expect: enum-value-change@18
-- tool: plain
BEGIN;

-- Running upgrade c3d4e5f6a7b8 -> d4e5f6a7b8c9

CREATE TYPE order_status AS ENUM ('pending', 'paid');

CREATE TABLE orders (
    id SERIAL NOT NULL, 
    status order_status NOT NULL, 
    PRIMARY KEY (id)
);

ALTER TYPE order_status ADD VALUE 'refunded';

UPDATE orders SET status='refunded' WHERE status = 'paid';

UPDATE alembic_version SET version_num='d4e5f6a7b8c9' WHERE alembic_version.version_num = 'c3d4e5f6a7b8';

COMMIT;
