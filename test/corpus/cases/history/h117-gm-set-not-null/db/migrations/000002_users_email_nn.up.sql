-- case: SET NOT NULL directly
-- tool: golang-migrate
-- expect: set-not-null@5, require-lock-timeout@5
-- emails are required from now on
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
