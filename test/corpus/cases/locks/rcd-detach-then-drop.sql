-- case: retention: detach and drop an old partition in one migration
-- expect: require-concurrent-detach@5, drop-table@6

SET lock_timeout = '3s';
ALTER TABLE metrics DETACH PARTITION metrics_2021;
DROP TABLE metrics_2021;
