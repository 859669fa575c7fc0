-- case: SET LOCAL written above the BEGIN: it ends with the statement's own implicit transaction, so the ALTER inside BEGIN runs without it
-- expect: require-lock-timeout@6
-- tool: plain
SET LOCAL lock_timeout = '2s';
BEGIN;
ALTER TABLE "orders" ADD COLUMN "channel" character varying;
COMMIT;
