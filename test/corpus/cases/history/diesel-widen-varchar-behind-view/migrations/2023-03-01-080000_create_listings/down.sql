DROP VIEW listing_cards;
DROP TABLE listings;
