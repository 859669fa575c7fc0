-- case: ON ONLY on a regular (non-partitioned) table still builds the index under ShareLock
-- expect: require-concurrent-index@4, require-lock-timeout@4
-- tool: golang-migrate
CREATE INDEX orders_status_idx ON ONLY public.orders USING btree (status);
