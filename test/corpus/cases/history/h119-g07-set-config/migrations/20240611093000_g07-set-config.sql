-- case: lock_timeout set with set_config(), then DDL
-- expect: clean

SELECT set_config('lock_timeout', '2s', false);
ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'en';
