SET lock_timeout = '2s';
DROP TABLE invoices_old;
