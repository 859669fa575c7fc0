-- case: sqitch rework: the v1.0 version (deploy/gadgets@v1.0.sql) created label varchar(20); widening it to 40 is free
-- expect: clean
-- tool: sqitch

-- Deploy widgets:gadgets to pg

BEGIN;
CREATE TABLE IF NOT EXISTS gadgets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label varchar(20) NOT NULL
);
SET LOCAL lock_timeout = '2s';
ALTER TABLE gadgets ALTER COLUMN label TYPE varchar(40);
COMMIT;
