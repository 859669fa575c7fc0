-- case: Flyway migration adding a GIN full-text index
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: flyway

CREATE INDEX products_search_idx
    ON products
    USING gin (to_tsvector('english', name || ' ' || coalesce(description, '')));
