-- case: a stored generated search column is dropped and added back under the same name, in the one transaction
-- case: Flyway runs the file in, to change what it covers. Other sessions wait for the AccessExclusiveLock and then
-- case: find help_articles.search_doc again, computed for every row (PostgreSQL 15): neither drop-column nor
-- case: mixed-expand-contract. The rewrite the stored column causes and the missing lock_timeout are real.
-- tool: flyway
-- expect: require-lock-timeout@7, add-column-rewrite@9
ALTER TABLE help_articles DROP COLUMN search_doc;

ALTER TABLE help_articles ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(body, ''))
) STORED;
