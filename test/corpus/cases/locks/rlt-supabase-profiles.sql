-- case: Supabase profiles table referencing auth.users (the referenced table is locked)
-- expect: require-lock-timeout@5
-- tool: supabase

create table public.profiles (
  id uuid not null references auth.users on delete cascade,
  full_name text,
  avatar_url text,
  updated_at timestamptz default now(),
  primary key (id)
);

alter table public.profiles enable row level security;

create policy "Users can view their own profile" on public.profiles
  for select using ((select auth.uid()) = id);
