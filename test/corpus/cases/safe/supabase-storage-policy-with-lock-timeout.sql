-- case: Supabase: the same policy after a lock_timeout: the AccessExclusiveLock is brief and a blocked wait gives up quickly
-- expect: clean
-- tool: supabase
set lock_timeout = '3s';

create policy "Members upload their crew's manuals"
on storage.objects for insert
to authenticated
with check (bucket_id = 'manuals' and (storage.foldername(name))[1] = auth.uid()::text);
