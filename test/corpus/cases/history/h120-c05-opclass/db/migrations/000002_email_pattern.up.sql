-- case: opclass + collation
-- expect: require-concurrent-index@5
-- tool: golang-migrate
SET lock_timeout TO '3s';
CREATE INDEX customers_email_pattern_idx ON customers (email COLLATE "C" text_pattern_ops DESC NULLS LAST);
