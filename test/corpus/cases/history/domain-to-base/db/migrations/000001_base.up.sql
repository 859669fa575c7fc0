CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE DOMAIN public.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '@'::public.citext));
CREATE TABLE public.users (
    id bigint NOT NULL,
    email public.email NOT NULL,
    code text
);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);
