-- case: Rails remove_column without ignored_columns: running code still SELECTs settings
-- expect: drop-column@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN settings;
