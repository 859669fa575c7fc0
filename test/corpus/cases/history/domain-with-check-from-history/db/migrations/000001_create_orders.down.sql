DROP TABLE orders;
DROP DOMAIN positive_cents;
