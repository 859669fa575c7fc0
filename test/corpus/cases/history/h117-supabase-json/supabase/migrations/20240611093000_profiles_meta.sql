-- case: json column
-- tool: supabase
-- expect: prefer-jsonb@5
set lock_timeout = '2s';
alter table public.profiles add column meta json;
