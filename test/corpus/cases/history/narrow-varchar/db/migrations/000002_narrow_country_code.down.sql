ALTER TABLE customers ALTER COLUMN country_code TYPE varchar(255);
