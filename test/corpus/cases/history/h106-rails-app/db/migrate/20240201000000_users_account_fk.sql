-- case: a structure.sql-style excerpt pasted as a migration: its preamble sets lock_timeout = 0, which disables the timeout; the index and FK on users are the blocking statements
-- expect: require-lock-timeout@10, require-concurrent-index@10, constraint-without-not-valid@12
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE INDEX index_users_on_account_id ON public.users USING btree (account_id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT fk_rails_61ac11da2b FOREIGN KEY (account_id) REFERENCES public.accounts(id);
