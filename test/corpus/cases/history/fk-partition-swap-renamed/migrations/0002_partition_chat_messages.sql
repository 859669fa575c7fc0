-- case: a table swapped for a partitioned copy: the copy's foreign key is indexed under its temporary name, then renamed to the old one
-- expect: require-lock-timeout@8, drop-table@26

-- chat_messages is partitioned by month while it is still small; the index on
-- (thread_id, created_at) is built on the partitioned copy and kept on each partition.
BEGIN;

CREATE TABLE chat_messages_partitioned (
    id UUID NOT NULL,
    thread_id UUID NOT NULL
        REFERENCES chat_threads (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    content JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE chat_messages_default PARTITION OF chat_messages_partitioned DEFAULT;

CREATE INDEX chat_messages_by_thread_p
    ON chat_messages_partitioned (thread_id, created_at);

INSERT INTO chat_messages_partitioned (id, thread_id, role, content, created_at)
SELECT id, thread_id, role, content, created_at FROM chat_messages;

DROP TABLE chat_messages;
ALTER TABLE chat_messages_partitioned RENAME TO chat_messages;
ALTER INDEX chat_messages_by_thread_p RENAME TO chat_messages_by_thread;

COMMIT;
