-- case: sluice-ignore-file at the end of the file covers the whole file
-- expect: require-concurrent-index@5

ALTER TABLE audit_log ADD COLUMN request_id uuid;
CREATE INDEX audit_log_request_id_idx ON audit_log (request_id);

-- sluice-ignore-file require-lock-timeout: the runner sets lock_timeout on its connection
