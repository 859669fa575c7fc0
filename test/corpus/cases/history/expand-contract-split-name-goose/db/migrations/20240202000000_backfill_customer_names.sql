-- case: migrate: bounded batches outside a transaction
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
UPDATE customers
   SET first_name = split_part(full_name, ' ', 1),
       last_name = nullif(substr(full_name, length(split_part(full_name, ' ', 1)) + 2), '')
 WHERE first_name IS NULL AND id < 500000;
UPDATE customers
   SET first_name = split_part(full_name, ' ', 1),
       last_name = nullif(substr(full_name, length(split_part(full_name, ' ', 1)) + 2), '')
 WHERE first_name IS NULL AND id >= 500000;

-- +goose Down
SELECT 'down SQL query';
