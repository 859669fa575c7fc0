create index concurrently if not exists todos_inserted_at_idx on public.todos (inserted_at);
