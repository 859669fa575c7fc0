-- case: monthly partition via CREATE TABLE ... PARTITION OF: AccessExclusiveLock on the busy parent, no lock_timeout
-- expect: require-lock-timeout@5
-- tool: golang-migrate

CREATE TABLE events_2024_07 PARTITION OF events FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
