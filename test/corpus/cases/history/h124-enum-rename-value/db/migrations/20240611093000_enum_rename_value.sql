-- case: RENAME VALUE breaks old code writing the old label
-- expect: enum-value-change@6, enum-value-change@9
-- tool: dbmate

-- migrate:up
ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';

-- migrate:down
ALTER TYPE order_status RENAME VALUE 'dispatched' TO 'shipped';
