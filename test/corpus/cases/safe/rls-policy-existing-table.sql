-- case: row level security on an existing table, lock_timeout set
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner_select ON documents
  FOR SELECT USING (owner_id = current_setting('app.user_id')::bigint);
