-- case: ADD COLUMN bigserial on a legacy table
-- expect: add-column-rewrite@5

SET lock_timeout = '2s';
ALTER TABLE legacy_events ADD COLUMN id bigserial;
