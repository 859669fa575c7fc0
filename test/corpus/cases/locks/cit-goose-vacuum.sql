-- case: VACUUM cannot run inside the goose transaction
-- expect: concurrently-in-transaction@7
-- tool: goose

-- +goose Up
DELETE FROM audit_events WHERE created_at < now() - interval '2 years';
VACUUM (ANALYZE) audit_events;

-- +goose Down
SELECT 'down SQL query';
