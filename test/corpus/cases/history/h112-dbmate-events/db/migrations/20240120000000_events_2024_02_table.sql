-- case: next month's partition created standalone, with a bound CHECK added NOT VALID (dbmate wraps in a transaction)
-- expect: clean
-- tool: dbmate

-- migrate:up
CREATE TABLE events_2024_02 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE events_2024_02 ADD CONSTRAINT events_2024_02_bound
    CHECK (created_at IS NOT NULL AND created_at >= '2024-02-01' AND created_at < '2024-03-01') NOT VALID;

-- migrate:down
DROP TABLE events_2024_02;
