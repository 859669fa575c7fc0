-- case: Supabase: BEGIN/COMMIT pasted around a migration; the CLI's batch is an implicit transaction, not nested
-- expect: clean
-- tool: supabase

begin;
set local lock_timeout = '2s';
alter table public.profiles add column bio text;
comment on column public.profiles.bio is 'shown on the profile page';
commit;
