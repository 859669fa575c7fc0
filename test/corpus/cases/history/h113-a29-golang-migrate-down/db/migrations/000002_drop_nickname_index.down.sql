-- case: the down rebuilds the index without CONCURRENTLY, over two lines, after a comment with 'ñ' and '—'
-- expect: require-concurrent-index@6, require-lock-timeout@6
-- tool: golang-migrate

-- recrée l'index — año 2024
CREATE INDEX accounts_nickname_idx
    ON accounts (nickname);
