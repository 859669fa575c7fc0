-- case: the undo drops the column V2 added and also the bio column V2 never touched
-- expect: drop-column@7
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE members DROP COLUMN locale;
ALTER TABLE members DROP COLUMN bio;
