-- case: index on the table created by the \restrict dump
-- expect: require-lock-timeout@4, require-concurrent-index@4
-- tool: supabase
create index notes_body_idx on public.notes (body);
