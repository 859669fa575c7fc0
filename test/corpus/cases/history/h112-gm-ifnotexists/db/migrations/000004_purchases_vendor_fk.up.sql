-- case: vendor_id has no index (000002 was a no-op); reference is still varchar(20) -> varchar(40) free
-- expect: foreign-key-without-index@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE purchases ADD CONSTRAINT purchases_vendor_id_fkey
    FOREIGN KEY (vendor_id) REFERENCES vendors (id) NOT VALID;
ALTER TABLE purchases ALTER COLUMN reference TYPE varchar(40);
