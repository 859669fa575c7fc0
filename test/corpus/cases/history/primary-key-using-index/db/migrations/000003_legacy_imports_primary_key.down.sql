ALTER TABLE legacy_imports DROP CONSTRAINT legacy_imports_pkey;
