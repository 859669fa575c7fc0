-- case: ALTER INDEX ATTACH PARTITION takes AccessExclusiveLock on the partition's index (blocks planning on events_2023)
-- expect: require-lock-timeout@4
-- tool: golang-migrate
ALTER INDEX events_account_id_idx ATTACH PARTITION events_2023_account_id_idx;
