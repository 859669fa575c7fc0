-- case: Supabase: CREATE POLICY takes AccessExclusiveLock on storage.objects, a busy table the project never created in its migrations
-- expect: require-lock-timeout@4
-- tool: supabase
create policy "Members read their crew's manuals"
on storage.objects for select
to authenticated
using (bucket_id = 'manuals' and (storage.foldername(name))[1] = auth.uid()::text);
