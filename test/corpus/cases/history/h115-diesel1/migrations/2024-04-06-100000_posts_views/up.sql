SET lock_timeout = '2s';
ALTER TABLE posts ADD COLUMN view_count integer NOT NULL DEFAULT 0;
