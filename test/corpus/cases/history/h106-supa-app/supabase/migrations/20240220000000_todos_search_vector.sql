-- case: a full-text search column GENERATED ALWAYS AS ... STORED added to an existing table rewrites it
-- tool: supabase
-- expect: require-lock-timeout@4, add-column-rewrite@4
alter table public.todos
  add column fts tsvector generated always as (to_tsvector('english', coalesce(task, ''))) stored;
