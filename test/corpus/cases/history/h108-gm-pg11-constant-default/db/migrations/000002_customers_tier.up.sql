-- case: PG 11 stores a constant default in the catalog: no rewrite
-- expect: clean
-- tool: golang-migrate
-- pg-version: 11
SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN tier text NOT NULL DEFAULT 'basic';
ALTER TABLE customers ADD COLUMN tier_changed_at timestamptz DEFAULT now();
