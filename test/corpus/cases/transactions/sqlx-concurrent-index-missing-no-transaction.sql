-- case: sqlx runs every migration in a transaction unless the file starts with "-- no-transaction"; a lone
-- case: CREATE INDEX CONCURRENTLY without that first line fails with "cannot run inside a transaction block".
-- expect: concurrently-in-transaction@6
-- tool: sqlx

create index concurrently if not exists "visits_member_time_idx" on visits using btree (member_id, visited_at);
