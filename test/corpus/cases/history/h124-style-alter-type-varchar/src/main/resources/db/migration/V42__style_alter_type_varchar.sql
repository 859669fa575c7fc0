-- case: widening varchar is binary compatible, but prefer-text still applies to varchar(n)
-- expect: prefer-text@7
-- tool: flyway
-- rules: prefer-text=warning

SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN name TYPE varchar(200);
