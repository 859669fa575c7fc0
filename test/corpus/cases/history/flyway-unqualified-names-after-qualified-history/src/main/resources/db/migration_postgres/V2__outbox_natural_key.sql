-- case: V1 qualifies every name with the dispatch schema; this migration qualifies none (it runs as the dispatch
-- case: user, so "$user" would put that schema first on the search path). Unqualified, the index and the table are
-- case: both looked up through the search path (public here, where nothing is known): the dropped index may belong
-- case: to the very table ADD PRIMARY KEY locks (it does, on PostgreSQL 15 as the dispatch user), so the key's
-- case: index build is not reported as held behind the DROP INDEX's lock.
-- tool: flyway
-- expect: require-concurrent-drop-index@10, require-lock-timeout@10, drop-column@16, unique-without-index@19

-- the primary key will cover (topic, event_key), so this index is redundant
DROP INDEX IF EXISTS outbox_topic_event_key;

-- the surrogate key goes
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_pkey;

-- and its column with it
ALTER TABLE outbox DROP COLUMN IF EXISTS id;

-- the natural key becomes the primary key
ALTER TABLE outbox ADD PRIMARY KEY (topic, event_key);
