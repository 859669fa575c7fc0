CREATE TABLE listings (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    title varchar(80) NOT NULL,
    price_cents integer NOT NULL
);
CREATE VIEW listing_cards AS SELECT id, title, price_cents / 100.0 AS price FROM listings;
