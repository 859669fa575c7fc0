-- case: the down side drops them without CONCURRENTLY: an AccessExclusiveLock on each table, reads included.
-- expect: require-concurrent-drop-index@6, require-lock-timeout@6, require-concurrent-drop-index@8
-- expect: require-concurrent-drop-index@10
-- tool: diesel

DROP INDEX idx_topics_author;

DROP INDEX idx_replies_topic;

DROP INDEX idx_replies_author;
