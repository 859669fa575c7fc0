-- Up migration: index parcels by courier so the dispatch screen stops scanning
-- case: a plain numbered folder (no package.json naming node-pg-migrate) whose author opens the file with a
-- case: prose comment "-- Up migration: ...". node-pg-migrate's marker regex would match it, but nothing says
-- case: node-pg-migrate runs this folder: psql (or any autocommit runner) sends each statement on its own, so
-- case: CREATE INDEX CONCURRENTLY runs outside a transaction and succeeds: no
-- case: concurrently-in-transaction claiming "node-pg-migrate runs each migration in a transaction".
-- expect: clean

CREATE INDEX CONCURRENTLY IF NOT EXISTS parcels_courier_id_idx ON parcels (courier_id);
