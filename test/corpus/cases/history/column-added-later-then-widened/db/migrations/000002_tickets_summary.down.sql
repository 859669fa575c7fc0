ALTER TABLE tickets DROP COLUMN summary;
