-- case: unquoted Tenant_A folds to tenant_a, a different (new) schema; the quoted one holds the pre-existing orders
-- tool: plain
-- expect: require-lock-timeout@10, require-concurrent-index@10

CREATE SCHEMA Tenant_A;
SET search_path TO Tenant_A;
CREATE TABLE orders (id bigint PRIMARY KEY, ref text);
CREATE INDEX orders_ref_idx ON orders (ref);
SET search_path TO "Tenant_A";
CREATE INDEX orders_ref_idx ON orders (ref);
