-- case: goose expands ${APP_ROLE} between ENVSUB ON and OFF: the statements parse, and the index on a table an
-- case: earlier migration created still blocks its writes
-- expect: require-lock-timeout@7, require-concurrent-index@7, require-concurrent-drop-index@13, require-lock-timeout@13
-- tool: goose
-- +goose Up
-- +goose ENVSUB ON
CREATE INDEX orders_status_idx ON orders (status);
GRANT SELECT ON orders TO ${APP_ROLE};
GRANT SELECT ON orders TO $REPORTING_ROLE;
-- +goose ENVSUB OFF

-- +goose Down
DROP INDEX orders_status_idx;
