-- case: probe: public is not on the path, so orders cannot be public.orders
-- tool: plain
-- expect: require-lock-timeout@6, require-concurrent-index@6

SET search_path TO tenant_a;
CREATE INDEX orders_ref_idx ON orders (ref);
