-- case: brin and gist
-- expect: require-concurrent-index@5, require-concurrent-index@6
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX documents_created_brin ON documents USING brin (created_at) WITH (pages_per_range = 32);
CREATE INDEX bookings_during_gist ON bookings USING gist (during);
