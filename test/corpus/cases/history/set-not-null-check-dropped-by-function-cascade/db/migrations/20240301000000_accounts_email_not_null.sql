-- case: the validated CHECK that proved email NOT NULL called is_valid_email(): DROP FUNCTION ... CASCADE dropped
-- case: it, so SET NOT NULL scans the table again
-- expect: set-not-null@8
-- tool: goose
-- +goose Up
SET lock_timeout = '3s';
DROP FUNCTION is_valid_email CASCADE;
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;

-- +goose Down
SET lock_timeout = '3s';
ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;
