-- no-transaction
-- case: sqlx reversible migrations (.up.sql/.down.sql in a Rust crate): "-- no-transaction" opening the up file
-- case: lets the concurrent build run outside a transaction.
-- expect: clean
-- tool: sqlx

CREATE INDEX CONCURRENTLY checkins_kiosk_id_idx ON checkins (kiosk_id);
