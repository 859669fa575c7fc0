-- case: explicit BEGIN inside goose transaction
-- tool: goose
-- expect: transaction-nesting@5
-- +goose Up
BEGIN;
UPDATE events SET payload = '{}' WHERE payload IS NULL;
COMMIT;

-- +goose Down
SELECT 1;
