-- case: the undo drops the index the V2 created
-- expect: clean
-- tool: flyway

DROP INDEX CONCURRENTLY books_author_id_idx;
