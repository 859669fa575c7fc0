DROP TABLE audit_trail; DROP TABLE events; DROP TABLE projects; DROP TABLE accounts;
