-- case: detach
-- tool: plain
-- expect: require-concurrent-detach@4, require-lock-timeout@4
ALTER TABLE metrics DETACH PARTITION metrics_2024;
