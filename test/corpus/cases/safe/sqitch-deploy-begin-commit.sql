-- case: sqitch deploy script with its own BEGIN/COMMIT
-- expect: clean
-- tool: sqitch

-- Deploy app:coupons to pg
-- requires: appschema

BEGIN;

CREATE TABLE coupons (
    code        TEXT PRIMARY KEY,
    percent_off SMALLINT NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
    expires_at  TIMESTAMPTZ
);

COMMIT;
