-- case: structure.sql-style unique constraint added later on a dump table
-- expect: require-lock-timeout@5, unique-without-index@5
-- tool: plain

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_phone_key UNIQUE (phone);
