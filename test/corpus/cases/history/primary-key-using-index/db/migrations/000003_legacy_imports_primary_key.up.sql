-- case: PRIMARY KEY USING INDEX on a NOT NULL column: no build, no scan
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE legacy_imports ADD CONSTRAINT legacy_imports_pkey PRIMARY KEY USING INDEX legacy_imports_pkey;
