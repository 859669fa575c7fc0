-- case: sqitch change with deploy and revert
-- expect: clean
-- tool: sqitch

-- Deploy shop:products to pg
-- requires: appschema

BEGIN;

CREATE TABLE shop.products (
    id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL
);

COMMIT;
