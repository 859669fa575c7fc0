-- case: the check was added and validated through the path in history: SET NOT NULL on tenant_a.customers skips the scan
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE tenant_a.customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE tenant_a.customers DROP CONSTRAINT customers_email_nn;
