-- case: goose without Down section
-- tool: goose
-- expect: missing-rollback@*
-- +goose Up
SET lock_timeout = '1s';
ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';
