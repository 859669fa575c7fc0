-- case: a pg_dump baseline pasted into a dbmate up section keeps \restrict and \unrestrict
-- expect: syntax-error@9, syntax-error@23
-- tool: dbmate
-- migrate:up
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

-- migrate:down
DROP TABLE public.accounts;
