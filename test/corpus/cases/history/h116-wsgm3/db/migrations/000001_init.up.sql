-- case: pg_dump -C output pasted into golang-migrate: \connect is psql's, and CREATE DATABASE cannot run in the implicit transaction of a multi-statement query
-- expect: syntax-error@6
-- tool: golang-migrate
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
\connect shop
CREATE TABLE public.t (id bigint PRIMARY KEY);
