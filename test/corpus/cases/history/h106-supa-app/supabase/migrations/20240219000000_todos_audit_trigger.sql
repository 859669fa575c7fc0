-- case: replacing a trigger on an existing table: DROP TRIGGER takes an AccessExclusiveLock on todos, with no lock_timeout
-- tool: supabase
-- expect: require-lock-timeout@14
create or replace function public.todos_audit()
returns trigger
language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

drop trigger if exists handle_updated_at on public.todos;

create trigger handle_updated_at before update on public.todos
  for each row execute function public.todos_audit();
