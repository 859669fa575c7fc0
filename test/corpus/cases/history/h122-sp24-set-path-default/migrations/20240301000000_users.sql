-- case: SET search_path TO DEFAULT returns to public
-- tool: plain
-- expect: require-lock-timeout@9, require-concurrent-index@9

SET search_path = tenant_a;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
SET search_path TO DEFAULT;
CREATE INDEX users_email_idx ON users (email);
