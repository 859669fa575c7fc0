-- case: NOT NULL column without default
-- tool: flyway
-- expect: add-required-column@4, require-lock-timeout@4
ALTER TABLE customer ADD COLUMN country VARCHAR(2) NOT NULL;
