-- case: V3 has an undo script whose description differs (Flyway pairs U with V by version only)
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE members ADD COLUMN display_name VARCHAR(80);
