-- case: a team keeps the phone number as the customer typed it under a new name and adds an empty `phone` that a
-- case: background job is meant to fill with the normalised form later. dbmate runs the up block in one
-- case: transaction, so running code never loses customers.phone (its queries wait for the lock, then find the new
-- case: column: PostgreSQL 15), but until the job has run every customer reads a NULL phone, and what the running
-- case: version writes there never reaches phone_as_typed. rename-column says so; the rename only adds a name for
-- case: running code, an expand step with no contract beside it.
-- expect: rename-column@11
-- tool: dbmate
-- migrate:up
SET lock_timeout = '3s';
ALTER TABLE customers RENAME COLUMN phone TO phone_as_typed;
ALTER TABLE customers ADD COLUMN phone varchar(32);

-- migrate:down
SET lock_timeout = '3s';
ALTER TABLE customers DROP COLUMN phone;
ALTER TABLE customers RENAME COLUMN phone_as_typed TO phone;
