-- Verify accounts:users/email_idx on pg

SELECT 1/count(*) FROM pg_indexes WHERE indexname = 'users_email_idx';
