-- case: one folder holds a file per database for each version (<version>_<name>.<dialect>.up.sql, the popx
-- case: convention); on PostgreSQL only the .postgres. files and the dialect-less ones run. The .sqlite3.,
-- case: .cockroach. and .mysql. files are not PostgreSQL migrations: replaying the sqlite3 CREATE TABLE
-- case: (scope_schema_url TEXT) after the postgres one would make VARCHAR(2048) -> VARCHAR(4096) look like a
-- case: text -> varchar(4096) rewrite. PostgreSQL 15: no rewrite (same relfilenode).
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE "api_keys" ALTER COLUMN "scope_schema_url" TYPE VARCHAR (4096);
