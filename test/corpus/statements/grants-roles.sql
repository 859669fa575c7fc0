-- Roles and privileges.

-- category: role
CREATE ROLE app_readonly NOLOGIN;

-- category: role
CREATE ROLE reporting LOGIN PASSWORD 'change-me' CONNECTION LIMIT 5 VALID UNTIL '2026-01-01';

-- category: role
ALTER ROLE app_user SET statement_timeout = '30s';

-- category: role
ALTER ROLE migrator IN DATABASE shop SET lock_timeout TO '5s';

-- category: grant
GRANT USAGE ON SCHEMA public, audit TO app_readonly;

-- category: grant
GRANT SELECT ON ALL TABLES IN SCHEMA public TO app_readonly;

-- category: grant
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE orders, order_items TO app_user;

-- category: grant
GRANT SELECT (id, email), UPDATE (display_name) ON users TO support_agent;

-- category: grant
GRANT USAGE, SELECT ON SEQUENCE orders_id_seq TO app_user;

-- category: grant
GRANT EXECUTE ON FUNCTION order_total(bigint) TO app_user, reporting;

-- category: grant
GRANT app_readonly TO reporting WITH INHERIT TRUE;

-- category: default-privileges
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO app_readonly;

-- category: default-privileges
ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO app_user;

-- category: revoke
REVOKE ALL ON DATABASE shop FROM PUBLIC;

-- category: revoke
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- category: revoke
REVOKE UPDATE ON charges FROM app_user CASCADE;

-- category: role
REASSIGN OWNED BY old_deployer TO app_owner;

-- category: role
DROP ROLE IF EXISTS old_deployer;
