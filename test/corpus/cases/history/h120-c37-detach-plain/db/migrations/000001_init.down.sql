DROP TABLE metrics_2025; DROP TABLE metrics; DROP TABLE events; DROP TABLE bookings; DROP TABLE documents; DROP TABLE orders; DROP TABLE accounts; DROP TABLE customers;
