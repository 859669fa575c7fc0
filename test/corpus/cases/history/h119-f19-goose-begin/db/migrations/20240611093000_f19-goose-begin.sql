-- case: explicit BEGIN/COMMIT inside a goose migration that goose already wraps
-- expect: transaction-nesting@6
-- tool: goose

-- +goose Up
BEGIN;
UPDATE users SET locale = 'en' WHERE id BETWEEN 1 AND 1000;
COMMIT;

-- +goose Down
UPDATE users SET locale = NULL WHERE id BETWEEN 1 AND 1000;
