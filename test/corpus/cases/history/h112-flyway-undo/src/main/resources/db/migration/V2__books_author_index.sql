-- case: Flyway detects the non-transactional statement and runs this migration outside a transaction
-- expect: clean
-- tool: flyway

CREATE INDEX CONCURRENTLY books_author_id_idx ON books (author_id);
