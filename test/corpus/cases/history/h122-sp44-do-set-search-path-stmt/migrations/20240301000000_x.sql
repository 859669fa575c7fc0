-- case: SET search_path as a plpgsql statement inside DO persists for the session: orders below is a new tenant_a table
-- tool: plain
-- expect: clean

DO $$
BEGIN
  SET search_path TO tenant_a, public;
END $$;
CREATE TABLE orders (id bigint PRIMARY KEY, ref text);
CREATE INDEX orders_ref_idx ON orders (ref);
