-- case: plain DETACH on PG 15, no default partition
-- expect: require-concurrent-detach@4, require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE metrics DETACH PARTITION metrics_2024;
