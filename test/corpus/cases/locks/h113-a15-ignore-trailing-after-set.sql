-- case: a trailing suppression after SET covers the SET, not the next statement
-- expect: require-concurrent-index@5

SET lock_timeout = '2s'; -- sluice-ignore require-concurrent-index: tiny table
CREATE INDEX tags_name_idx ON tags (name);
