CREATE SCHEMA crm;
CREATE DOMAIN crm.lead_stage AS text DEFAULT 'new';
CREATE TABLE crm.leads (id bigint PRIMARY KEY, name text);
