DROP TABLE audit_log;
DROP TABLE countries;
DROP TABLE sessions;
DROP TABLE orders;
DROP TABLE users;
