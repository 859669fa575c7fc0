SET lock_timeout = '2s';
ALTER TABLE books DROP CONSTRAINT books_author_id_fkey;
