-- no-transaction
-- case: "-- no-transaction" stops sqlx's own BEGIN, but sqlx still sends the file as one multi-statement query,
-- case: which PostgreSQL runs as one implicit transaction: two concurrent builds in one file fail (PostgreSQL 15:
-- case: "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"). One per migration.
-- expect: concurrently-in-transaction@8, concurrently-in-transaction@9
-- tool: sqlx

CREATE INDEX CONCURRENTLY visits_member_idx ON visits (member_id);
CREATE INDEX CONCURRENTLY visits_kiosk_idx ON visits (kiosk_id);
