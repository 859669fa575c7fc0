-- case: control for sp36 with the domain qualified
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE crm.leads ADD COLUMN stage crm.lead_stage NOT NULL;
