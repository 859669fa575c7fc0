-- case: defaults that call functions found through the path: the STABLE one does not rewrite, the (default VOLATILE) one does
-- tool: plain
-- expect: add-column-rewrite@8

SET lock_timeout = '2s';
SET search_path TO public, util;
ALTER TABLE documents ADD COLUMN tenant text DEFAULT current_tenant();
ALTER TABLE documents ADD COLUMN ref text DEFAULT new_ref();
