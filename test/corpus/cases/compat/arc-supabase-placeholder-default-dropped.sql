-- case: Supabase: a NOT NULL column added with a throwaway default that the same migration drops; the old app's inserts into drivers fail once it commits
-- expect: add-required-column@6
-- tool: supabase
set lock_timeout = '3s';
alter table public.drivers add column licence_class text not null default 'B';
alter table public.drivers alter column licence_class drop default;
