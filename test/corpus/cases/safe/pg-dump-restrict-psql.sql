-- case: a plain folder run with psql: \restrict and \unrestrict are psql's own commands
-- expect: clean

--
-- PostgreSQL database dump
--

\restrict g8iFukEAk94z9lJjue304D2JdYNFLGixi2CjUApR3TlrwzBw0KA1pLpjeoHPu4v

SET statement_timeout = 0;
CREATE TABLE public.accounts (
    id bigint NOT NULL
);

\unrestrict g8iFukEAk94z9lJjue304D2JdYNFLGixi2CjUApR3TlrwzBw0KA1pLpjeoHPu4v
