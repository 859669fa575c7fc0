create extension if not exists moddatetime schema extensions;

alter table public.todos add column updated_at timestamptz not null default now();

create trigger handle_updated_at before update on public.todos
  for each row execute procedure extensions.moddatetime (updated_at);
