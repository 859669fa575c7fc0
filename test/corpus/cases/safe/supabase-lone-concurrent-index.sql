-- case: Supabase: the CLI runs CREATE INDEX CONCURRENTLY on its own, outside the file's batch, so a migration holding just that statement works and blocks no writes
-- expect: clean
-- tool: supabase
create index concurrently if not exists shipments_carrier_idx on public.shipments (carrier_id);
