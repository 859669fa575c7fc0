-- case: unique index built concurrently in a non-transactional Diesel migration
-- expect: clean
-- tool: diesel

CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
