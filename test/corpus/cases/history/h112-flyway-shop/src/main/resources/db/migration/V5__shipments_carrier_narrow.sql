-- case: carrier varchar(30) -> varchar(20): narrowing rewrites; tracking_code varchar(40) -> text is free
-- expect: column-type-rewrite@7
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE shipments ALTER COLUMN tracking_code TYPE text;
ALTER TABLE shipments ALTER COLUMN carrier TYPE varchar(20);
