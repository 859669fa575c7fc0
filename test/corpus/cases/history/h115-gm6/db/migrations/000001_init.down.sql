DROP TABLE users; DROP TABLE sessions; DROP TABLE invoices;
