-- case: a trigram index on todos built without CONCURRENTLY (ShareLock for the whole build); the extension itself locks no table
-- tool: supabase
-- expect: require-lock-timeout@6, require-concurrent-index@6
create extension if not exists pg_trgm with schema extensions;

create index todos_task_trgm_idx on public.todos using gin (task extensions.gin_trgm_ops);
