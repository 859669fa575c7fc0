-- case: (known gap) a constrained domain found through the path
-- tool: plain
-- expect: add-column-rewrite@7

SET lock_timeout = '2s';
SET search_path TO crm, public;
ALTER TABLE contacts ADD COLUMN email email;
