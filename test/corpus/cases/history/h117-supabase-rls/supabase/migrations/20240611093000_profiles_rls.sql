-- case: RLS on existing table
-- tool: supabase
-- expect: require-lock-timeout@4
alter table public.profiles enable row level security;

create policy "Public profiles are viewable by everyone." on public.profiles
  for select using (true);
