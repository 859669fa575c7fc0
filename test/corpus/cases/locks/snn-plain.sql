-- case: SET NOT NULL straight away
-- expect: set-not-null@4, require-lock-timeout@4

ALTER TABLE users ALTER COLUMN email SET NOT NULL;
