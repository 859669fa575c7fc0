-- case: exclusion constraint on a dump table
-- expect: require-lock-timeout@5, exclusion-constraint@5
-- tool: plain

ALTER TABLE public.warehouses ADD CONSTRAINT warehouses_code_excl EXCLUDE USING btree (code WITH =);
