-- case: reindex
-- tool: plain
-- expect: require-concurrent-reindex@4, require-lock-timeout@4
REINDEX TABLE accounts;
