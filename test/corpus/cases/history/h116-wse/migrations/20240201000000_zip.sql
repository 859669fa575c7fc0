-- case: add a column of the dump's public domain, unqualified, default search_path
-- expect: require-lock-timeout@4, add-column-rewrite@4
-- tool: plain
ALTER TABLE shops ADD COLUMN zip us_zip;
