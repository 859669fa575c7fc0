-- case: SET LOCAL outside a transaction has no effect (psql autocommit): events is created in public... it already exists there
-- tool: plain
-- expect: clean

SET LOCAL search_path TO tenant_a;
CREATE TABLE IF NOT EXISTS events (id bigint PRIMARY KEY, kind text);
CREATE TABLE tenant_a.audit (id bigint PRIMARY KEY);
