-- case: V1 created dispatch.outbox, which is live and busy now: its polling index is dropped and built again with
-- case: one more column, both without CONCURRENTLY, inside Flyway's transaction (the drop's lock is held meanwhile).
-- tool: flyway
-- expect: require-concurrent-drop-index@6, require-lock-timeout@6, lock-held-during-slow-operation@8
-- expect: require-concurrent-index@8
DROP INDEX IF EXISTS outbox_poll;

CREATE INDEX outbox_poll ON dispatch.outbox (topic, attempts, claimed, available_at, created_at);
