-- case: the undo script drops the column its V2 added: only the missing timeout
-- expect: require-lock-timeout@6
-- tool: flyway
-- pg-version: 10

ALTER TABLE customers DROP COLUMN tier;
