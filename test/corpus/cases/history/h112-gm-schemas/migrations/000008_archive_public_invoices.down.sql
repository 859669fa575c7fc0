ALTER TABLE archive.invoices SET SCHEMA public; DROP SCHEMA archive;
