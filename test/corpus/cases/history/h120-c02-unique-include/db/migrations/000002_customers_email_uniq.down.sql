DROP INDEX IF EXISTS customers_email_uniq;
