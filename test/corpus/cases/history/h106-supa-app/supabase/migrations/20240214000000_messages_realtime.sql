alter table public.messages replica identity full;
alter publication supabase_realtime add table public.messages;
