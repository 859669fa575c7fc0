-- case: bounded batch by primary key range
-- expect: clean

SET lock_timeout = '2s';
UPDATE users SET locale = 'en' WHERE locale IS NULL AND id BETWEEN 1 AND 10000;
