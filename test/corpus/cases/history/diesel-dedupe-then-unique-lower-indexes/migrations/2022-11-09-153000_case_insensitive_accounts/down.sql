DROP INDEX idx_accounts_email_lower;
DROP INDEX idx_accounts_handle_lower;
