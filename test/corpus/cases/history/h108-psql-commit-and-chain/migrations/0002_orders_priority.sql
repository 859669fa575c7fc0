-- case: COMMIT AND CHAIN starts the next transaction at once: SET LOCAL is gone, and the concurrent build is inside a transaction
-- expect: require-lock-timeout@10, concurrently-in-transaction@11, uncommitted-transaction@9
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
COMMIT AND CHAIN;
ALTER TABLE orders ADD COLUMN priority_reason text;
CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
