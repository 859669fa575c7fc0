SET lock_timeout = '2s';
ALTER TABLE articles RENAME COLUMN headline TO title;
