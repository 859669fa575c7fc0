-- case: the domain carries a default, so NOT NULL with no column default is filled with 'new' (no add-required-column); domain has no constraint: no rewrite
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
SET search_path TO crm, public;
ALTER TABLE leads ADD COLUMN stage lead_stage NOT NULL;
