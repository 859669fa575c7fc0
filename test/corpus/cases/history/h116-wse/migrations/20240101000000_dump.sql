-- case: dump with a public domain
-- expect: clean
-- tool: plain
SELECT pg_catalog.set_config('search_path', '', false);
CREATE DOMAIN public.us_zip AS text
	CONSTRAINT us_zip_check CHECK ((VALUE ~ '^\d{5}$'::text));
CREATE TABLE public.shops (
    id bigint NOT NULL,
    name text NOT NULL
);
