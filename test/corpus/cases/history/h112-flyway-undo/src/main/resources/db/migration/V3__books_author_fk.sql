-- case: the U2 undo file is not part of the forward history: the index exists, the FK is covered
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id) NOT VALID;
