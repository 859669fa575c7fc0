-- case: down renames back: rename-column does not fire
-- tool: golang-migrate
-- expect: require-lock-timeout@5

ALTER TABLE users RENAME COLUMN email_address TO email;
