-- case: later Supabase migration on the pulled schema, unquoted names
-- expect: require-lock-timeout@5, add-required-column@5, constraint-without-not-valid@6, lock-held-during-slow-operation@6
-- tool: supabase

alter table public.todos add column priority int not null;
alter table todos add constraint todos_user_profile_fkey foreign key (user_id) references profiles (id);
