-- case: CREATE INDEX on the dump's partitioned table
-- expect: require-lock-timeout@5, partitioned-index-lock@5
-- tool: plain

CREATE INDEX events_kind_idx ON public.events USING btree (kind);
