-- case: Flyway replaces ${placeholders} before PostgreSQL sees the file: the statements parse, and the index on the
-- case: busy table is still found
-- expect: require-concurrent-index@7
-- tool: flyway

SET lock_timeout = '2s';
CREATE INDEX orders_status_idx ON ${flyway:defaultSchema}.orders (status);
COMMENT ON TABLE ${flyway:defaultSchema}.orders IS 'Orders placed in ${appName}';
