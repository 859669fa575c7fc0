-- case: FINALIZE after an interrupted concurrent detach; is not a plain DETACH, but takes AccessExclusiveLock on metrics_2024 (verified)
-- expect: require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE metrics DETACH PARTITION metrics_2024 FINALIZE;
