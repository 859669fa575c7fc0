-- case: next partition via PARTITION OF while events has a DEFAULT partition
-- expect: require-lock-timeout@4
-- tool: golang-migrate
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
