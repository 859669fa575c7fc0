CREATE SCHEMA crm;
SET search_path TO crm;
CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE TABLE contacts (id bigint PRIMARY KEY, name text);
