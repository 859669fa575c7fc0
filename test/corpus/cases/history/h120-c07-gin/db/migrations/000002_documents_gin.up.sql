-- case: gin on array and jsonb_path_ops
-- expect: require-concurrent-index@4, require-lock-timeout@4, require-concurrent-index@5
-- tool: golang-migrate
CREATE INDEX documents_tags_idx ON documents USING gin (tags);
CREATE INDEX documents_meta_idx ON documents USING gin (meta jsonb_path_ops);
