-- case: a SQL-standard function body (BEGIN ATOMIC ... END, PG 14+) holds semicolons outside any dollar quote; it is one statement and no transaction; the RLS policy on todos after it blocks
-- tool: supabase
-- expect: require-lock-timeout@12
create or replace function public.todo_count(uid uuid)
returns bigint
language sql
stable
begin atomic
  select count(*) from public.todos where user_id = uid;
end;

create policy "Owners see their counts." on public.todos
  for select to authenticated using (public.todo_count((select auth.uid())) >= 0);
