-- case: enabling RLS on an existing table takes an AccessExclusiveLock on it (so does CREATE POLICY): no lock_timeout
-- tool: supabase
-- expect: require-lock-timeout@4
alter table public.todos enable row level security;

create policy "Individuals can view their own todos." on public.todos
  for select using ((select auth.uid()) = user_id);

create policy "Individuals can create todos." on public.todos
  for insert with check ((select auth.uid()) = user_id);
