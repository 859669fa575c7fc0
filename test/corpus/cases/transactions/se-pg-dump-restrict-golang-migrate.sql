-- case: a pg_dump 17.6 baseline keeps \restrict and \unrestrict: golang-migrate sends them to the server
-- expect: syntax-error@9, syntax-error@23
-- tool: golang-migrate

--
-- PostgreSQL database dump
--

\restrict g8iFukEAk94z9lJjue304D2JdYNFLGixi2CjUApR3TlrwzBw0KA1pLpjeoHPu4v

-- Dumped from database version 15.18
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.accounts (
    id bigint NOT NULL
);

--
-- PostgreSQL database dump complete
--

\unrestrict g8iFukEAk94z9lJjue304D2JdYNFLGixi2CjUApR3TlrwzBw0KA1pLpjeoHPu4v
