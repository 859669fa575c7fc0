-- case: Supabase: a NOT NULL column with a constant default that stays is catalog-only and old inserts keep working
-- expect: clean
-- tool: supabase
set lock_timeout = '3s';
alter table public.drivers add column licence_class text not null default 'B';
