CREATE SCHEMA crm;
CREATE DOMAIN crm.email AS text CHECK (VALUE ~ '@');
CREATE TABLE crm.contacts (id bigint PRIMARY KEY, name text);
