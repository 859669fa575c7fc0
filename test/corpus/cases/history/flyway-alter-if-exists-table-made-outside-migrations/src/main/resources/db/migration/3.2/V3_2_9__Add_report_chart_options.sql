-- case: the same situation: AccessExclusiveLock on the live report_layout table, without a lock_timeout.
-- tool: flyway
-- expect: require-lock-timeout@8

-- Report layouts can carry chart options
-- (colours, axis labels) as JSON.

alter table if exists report_layout add column if not exists chart_options jsonb;
