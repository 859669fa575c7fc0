-- case: Flyway scans its location recursively: the undo for V2 lives in undo/, so V2 has one
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE shipments ADD COLUMN weight_grams INTEGER;
