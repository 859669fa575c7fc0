set local lock_timeout = '3s';
alter table public.todos add column archived_at timestamptz;
