-- Deploy shop:appschema to pg

BEGIN;
CREATE SCHEMA shop;
COMMIT;
