-- case: the way back shrinks varchar(160) -> varchar(80): PostgreSQL must check and rewrite every row
-- case: (PostgreSQL 15: new relfilenode) under an AccessExclusiveLock.
-- expect: column-type-rewrite@8, require-lock-timeout@8
-- tool: diesel

DROP VIEW listing_cards;

ALTER TABLE listings
    ALTER COLUMN title TYPE varchar(80);

CREATE VIEW listing_cards AS SELECT id, title, price_cents / 100.0 AS price FROM listings;
