-- case: file-wide suppression
-- expect: clean

-- sluice-ignore-file require-lock-timeout: runs in the maintenance window with the app stopped
ALTER TABLE audit_log ADD COLUMN request_id uuid;
ALTER TABLE audit_log ADD COLUMN user_agent text;
