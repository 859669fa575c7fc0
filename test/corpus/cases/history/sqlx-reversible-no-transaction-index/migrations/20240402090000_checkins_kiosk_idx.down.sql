-- no-transaction
-- case: the down file carries its own "-- no-transaction" first line, which sqlx reads per file.
-- expect: clean
-- tool: sqlx

DROP INDEX CONCURRENTLY checkins_kiosk_id_idx;
