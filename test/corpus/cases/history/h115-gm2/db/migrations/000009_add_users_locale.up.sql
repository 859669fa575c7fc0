-- case: golang-migrate pairs up and down by version: 000009's down file has another description
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN locale text;
