-- case: dbmate: up is non-transactional but the down section is not: DROP INDEX CONCURRENTLY fails there
-- expect: concurrently-in-transaction@9
-- tool: dbmate

-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY products_title_idx ON products (title);

-- migrate:down
DROP INDEX CONCURRENTLY products_title_idx;
