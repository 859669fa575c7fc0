-- case: tracking_code is text since V5: text -> varchar(64) re-checks every row (rewrite)
-- expect: column-type-rewrite@6
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE shipments ALTER COLUMN tracking_code TYPE varchar(64);
