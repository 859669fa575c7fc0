-- case: ADD UNIQUE / ADD EXCLUDE / ADD FOREIGN KEY without CONSTRAINT names, pg_dump-style ALTER TABLE ONLY
-- expect: unique-without-index@5, exclusion-constraint@6, constraint-without-not-valid@7, foreign-key-without-index@7, lock-held-during-slow-operation@6, lock-held-during-slow-operation@7
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE ONLY public.documents ADD UNIQUE (body);
ALTER TABLE bookings ADD EXCLUDE USING gist (during WITH &&);
ALTER TABLE ONLY public.orders ADD FOREIGN KEY (account_id) REFERENCES public.accounts(id);
