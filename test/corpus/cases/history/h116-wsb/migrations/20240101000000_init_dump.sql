-- case: pg_dump -C --schema-only: CREATE DATABASE, \connect -reuse-previous, domains, NOT VALID checks, an unattached partition with a bound CHECK
-- expect: clean
-- tool: plain
--
-- PostgreSQL database dump
--

\restrict Zz9yXw8VuT7sR6qP5oN4mL3kJ2iH1gF0eD

SET statement_timeout = 0;
SET lock_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

CREATE DATABASE crm WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';

ALTER DATABASE crm OWNER TO crm;

\connect -reuse-previous=on "dbname='crm'"

\restrict Zz9yXw8VuT7sR6qP5oN4mL3kJ2iH1gF0eD

SET statement_timeout = 0;
SET lock_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE SCHEMA crm;

ALTER SCHEMA crm OWNER TO crm;

CREATE DOMAIN crm.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));

CREATE TABLE crm.contacts (
    id bigint NOT NULL,
    email text,
    phone text,
    fax text,
    company_id bigint,
    CONSTRAINT contacts_phone_chk CHECK (((phone IS NOT NULL) AND (length(phone) > 3)))
);

CREATE TABLE crm.companies (
    id bigint NOT NULL,
    name text NOT NULL
);

CREATE TABLE crm.activities (
    id bigint NOT NULL,
    contact_id bigint,
    happened_at timestamp with time zone NOT NULL
)
PARTITION BY RANGE (happened_at);

CREATE TABLE crm.activities_2025 (
    id bigint NOT NULL,
    contact_id bigint,
    happened_at timestamp with time zone NOT NULL
);

CREATE TABLE crm.activities_2026 (
    id bigint NOT NULL,
    contact_id bigint,
    happened_at timestamp with time zone NOT NULL,
    CONSTRAINT activities_2026_bound CHECK (((happened_at >= '2026-01-01 00:00:00+00'::timestamp with time zone) AND (happened_at < '2027-01-01 00:00:00+00'::timestamp with time zone)))
);

CREATE TABLE crm.activities_2027 (
    id bigint NOT NULL,
    contact_id bigint,
    happened_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY crm.activities ATTACH PARTITION crm.activities_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

ALTER TABLE ONLY crm.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);

ALTER TABLE ONLY crm.companies
    ADD CONSTRAINT companies_pkey PRIMARY KEY (id);

CREATE INDEX contacts_company_id_idx ON crm.contacts USING btree (company_id) WHERE (company_id IS NOT NULL);

ALTER TABLE crm.contacts
    ADD CONSTRAINT contacts_fax_chk CHECK ((fax IS NOT NULL)) NOT VALID;

ALTER TABLE crm.contacts
    ADD CONSTRAINT contacts_email_chk CHECK ((email IS NOT NULL)) NOT VALID;

\unrestrict Zz9yXw8VuT7sR6qP5oN4mL3kJ2iH1gF0eD
