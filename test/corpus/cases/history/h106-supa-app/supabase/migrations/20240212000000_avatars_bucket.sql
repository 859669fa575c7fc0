-- case: a storage bucket and its policies: CREATE POLICY on storage.objects takes an AccessExclusiveLock on that busy existing table
-- tool: supabase
-- expect: require-lock-timeout@7
insert into storage.buckets (id, name, public)
  values ('avatars', 'avatars', true);

create policy "Avatar images are publicly accessible." on storage.objects
  for select using (bucket_id = 'avatars');

create policy "Anyone can upload an avatar." on storage.objects
  for insert with check (bucket_id = 'avatars');
