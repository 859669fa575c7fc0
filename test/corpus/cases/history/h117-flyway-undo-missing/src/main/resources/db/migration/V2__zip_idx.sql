SET lock_timeout = '2s';
CREATE INDEX customer_zip_idx ON customer (zip);
