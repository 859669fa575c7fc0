SET lock_timeout = '2s';
ALTER TABLE teams RENAME TO groups;
