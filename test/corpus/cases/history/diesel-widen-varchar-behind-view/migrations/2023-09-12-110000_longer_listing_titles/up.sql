-- case: a view depends on the column, so it is dropped and recreated around the type change. varchar(80) ->
-- case: varchar(160) is binary compatible (PostgreSQL 15: same relfilenode, no rewrite), so only the missing
-- case: lock_timeout is reported, on the first statement that takes an AccessExclusiveLock: the DROP VIEW of a
-- case: view the application reads.
-- expect: require-lock-timeout@8
-- tool: diesel

DROP VIEW listing_cards;

ALTER TABLE listings
    ALTER COLUMN title TYPE varchar(160);

CREATE VIEW listing_cards AS SELECT id, title, price_cents / 100.0 AS price FROM listings;
