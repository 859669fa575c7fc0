-- case: golang-migrate sends the file as one query: with SET before it, CREATE INDEX CONCURRENTLY runs in an implicit transaction and fails
-- expect: concurrently-in-transaction@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
