set lock_timeout = '5s';

drop policy if exists "Individuals can view their own todos." on public.todos;

create policy "Individuals can view their own todos." on public.todos
  for select to authenticated using ((select auth.uid()) = user_id);
