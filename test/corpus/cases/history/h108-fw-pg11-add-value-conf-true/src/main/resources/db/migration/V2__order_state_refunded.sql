-- case: executeInTransaction=true in the script's .conf forces a transaction: PG 11 refuses ADD VALUE there
-- expect: enum-value-change@6
-- tool: flyway
-- pg-version: 11

ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';
