-- case: the classic: a harmless ADD COLUMN with no lock_timeout
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE users ADD COLUMN nickname text;
