-- case: adding a column and relaxing NOT NULL elsewhere is all expand
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN phone_e164 text;
ALTER TABLE users ALTER COLUMN phone DROP NOT NULL;
