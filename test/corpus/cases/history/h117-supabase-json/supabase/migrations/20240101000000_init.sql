create table public.profiles (
  id uuid primary key,
  username text,
  settings jsonb
);
