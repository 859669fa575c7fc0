SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN balance TYPE numeric(10,2);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);
ALTER TABLE customers ALTER COLUMN name TYPE varchar(50);
