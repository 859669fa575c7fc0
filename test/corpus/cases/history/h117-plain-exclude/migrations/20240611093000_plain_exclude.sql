-- case: exclusion constraint
-- tool: plain
-- expect: exclusion-constraint@6
SET lock_timeout = '2s';
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE ledger ADD CONSTRAINT ledger_no_overlap EXCLUDE USING gist (account_id WITH =, period WITH &&);
