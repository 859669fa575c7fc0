-- case: the first schema of the path does not exist yet: unqualified payments is public.payments
-- tool: plain
-- expect: require-lock-timeout@6, require-concurrent-index@6

SET search_path TO tenant_new, public;
CREATE INDEX payments_ref_idx ON payments (ref);
CREATE SCHEMA tenant_new;
CREATE TABLE payments (id bigint PRIMARY KEY, ref text);
CREATE INDEX tenant_payments_ref_idx ON payments (ref);
