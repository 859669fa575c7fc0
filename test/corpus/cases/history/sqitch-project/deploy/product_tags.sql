-- case: sqitch change whose revert script was never written
-- expect: missing-rollback@*
-- tool: sqitch

-- Deploy shop:product_tags to pg
-- requires: products

BEGIN;

CREATE TABLE shop.product_tags (
    product_id BIGINT NOT NULL,
    tag        TEXT NOT NULL,
    PRIMARY KEY (product_id, tag)
);

COMMIT;
