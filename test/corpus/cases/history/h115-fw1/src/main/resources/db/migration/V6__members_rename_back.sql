SET lock_timeout = '2s';
ALTER TABLE members RENAME COLUMN avatar_url TO picture_url;
