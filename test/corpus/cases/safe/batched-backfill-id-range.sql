-- case: psql: one bounded batch per statement, each its own transaction
-- expect: clean

UPDATE users SET email_normalized = lower(email) WHERE id BETWEEN 1 AND 50000 AND email_normalized IS NULL;
UPDATE users SET email_normalized = lower(email) WHERE id BETWEEN 50001 AND 100000 AND email_normalized IS NULL;
