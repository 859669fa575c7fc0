-- case: unpadded golang-migrate versions: 10 runs after 9 (numeric order), so color is known as varchar(7) and widening it is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN color TYPE varchar(9);
