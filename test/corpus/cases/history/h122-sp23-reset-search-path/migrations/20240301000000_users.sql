-- case: RESET search_path returns to "$user", public: the last index is on public.users
-- tool: plain
-- expect: require-lock-timeout@10, require-concurrent-index@10

SET search_path TO tenant_a;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
RESET search_path;
-- and the shared users table
CREATE INDEX users_email_idx ON users (email);
