DROP TABLE sellers;
DROP TABLE shops;
