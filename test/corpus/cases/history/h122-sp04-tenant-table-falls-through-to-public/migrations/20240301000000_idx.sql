-- case: tenant_globex has no invoices, so invoices resolves to public.invoices (pre-existing)
-- tool: plain
-- expect: require-lock-timeout@7, require-concurrent-index@7

SET search_path TO tenant_globex, public;
-- index for the tenant reporting screen
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
