-- case: a team pastes Rails structure.sql lines (ALTER TABLE ONLY, schema-qualified) as a migration: the sequence default does not rewrite; the FK scans orders
-- expect: require-lock-timeout@6, constraint-without-not-valid@8, lock-held-during-slow-operation@8
-- tool: plain
-- assume-in-transaction: true
CREATE SEQUENCE public.orders_number_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER TABLE ONLY public.orders ADD COLUMN number bigint;
ALTER TABLE ONLY public.orders ALTER COLUMN number SET DEFAULT nextval('public.orders_number_seq'::regclass);
ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT fk_rails_invoice_customer FOREIGN KEY (order_id) REFERENCES public.customers(id);
