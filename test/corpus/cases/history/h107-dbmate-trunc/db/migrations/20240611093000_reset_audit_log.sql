-- case: TRUNCATE ... CASCADE of a pre-existing table is an error; plain TRUNCATE a warning
-- expect: require-lock-timeout@6, truncate@6, truncate@7
-- tool: dbmate

-- migrate:up
TRUNCATE audit_log;
TRUNCATE users CASCADE;

-- migrate:down
SELECT 1;
