-- case: dropping an index nobody uses, the quick way
-- expect: require-concurrent-drop-index@5, require-lock-timeout@5

-- Unused since the search rewrite (pg_stat_user_indexes.idx_scan = 0 for 30 days).
DROP INDEX index_orders_on_legacy_reference;
