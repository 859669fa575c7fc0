-- case: a block comment containing SQL and a directive-looking line before the flagged statement
-- expect: require-lock-timeout@10, table-rewrite-maintenance@10

/*
 * Old approach (do not run):
 * CREATE INDEX big_idx ON events (payload);
 -- sluice-ignore table-rewrite-maintenance: nope
 */
SET statement_timeout = '10min';
VACUUM FULL
    "EventLog";
