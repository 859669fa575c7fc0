-- case: schema renamed, then its pre-existing table is reached through the new name on the path
-- tool: plain
-- expect: require-lock-timeout@8, constraint-without-not-valid@8

SET lock_timeout TO DEFAULT;
ALTER SCHEMA tenant_a RENAME TO tenant_acme;
SET search_path TO tenant_acme;
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0);
