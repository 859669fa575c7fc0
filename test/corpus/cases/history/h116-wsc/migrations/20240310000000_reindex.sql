-- case: reindex a dump index
-- expect: require-lock-timeout@5, require-concurrent-reindex@5
-- tool: plain

REINDEX INDEX public.customers_email_idx;
