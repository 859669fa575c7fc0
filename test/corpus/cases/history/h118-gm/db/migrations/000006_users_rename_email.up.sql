-- case: in-place rename instead of expand/contract
-- tool: golang-migrate
-- expect: rename-column@5, require-lock-timeout@5

ALTER TABLE users RENAME COLUMN email TO email_address;
