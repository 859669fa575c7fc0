-- case: a function's SET search_path clause and ALTER ROLE/DATABASE SET do not change this session's path
-- tool: plain
-- expect: clean

CREATE FUNCTION tenant_a.user_count() RETURNS bigint LANGUAGE sql
  SET search_path = tenant_a
  AS $$ SELECT count(*) FROM users $$;
ALTER ROLE CURRENT_USER SET search_path = tenant_a, public;
ALTER DATABASE probe SET search_path = tenant_a, public;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
