-- case: price_new dropped and re-added: PostgreSQL dropped the check with the column, so SET NOT NULL scans
-- expect: drop-column@6, set-not-null@8
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE products DROP COLUMN price_new;
ALTER TABLE products ADD COLUMN price_new numeric(12,2) DEFAULT 0;
ALTER TABLE products ALTER COLUMN price_new SET NOT NULL;
