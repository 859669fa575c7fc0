-- case: set_config('lock_timeout', ...) as some runners do it
-- expect: clean

SELECT set_config('lock_timeout', '3s', false);
ALTER TABLE customers ADD COLUMN preferred_language text;
