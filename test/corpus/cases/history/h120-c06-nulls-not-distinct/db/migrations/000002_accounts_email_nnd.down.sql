DROP INDEX accounts_email_nnd;
