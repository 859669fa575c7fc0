-- case: lock_timeout set with SET ... TO and lowercase, then DDL
-- expect: clean

set lock_timeout to '3s';
ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'en';
