-- case: the name purchases_vendor_idx is already taken (by the buyer_id index): IF NOT EXISTS skips, nothing is built
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY IF NOT EXISTS purchases_vendor_idx ON purchases (vendor_id);
