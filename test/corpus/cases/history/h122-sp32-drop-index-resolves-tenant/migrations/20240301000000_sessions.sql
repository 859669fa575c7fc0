-- case: the new tenant table's index has the same name; DROP INDEX through the path drops the tenant one (new table, nothing blocked)
-- tool: plain
-- expect: clean

SET search_path TO tenant_a, public;
CREATE TABLE sessions (id bigint PRIMARY KEY, token text);
CREATE INDEX sessions_token_idx ON sessions (token);
DROP INDEX sessions_token_idx;
