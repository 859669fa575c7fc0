-- case: CONCURRENTLY on a partitioned parent: PG refuses it
-- expect: partitioned-index-lock@4
-- tool: golang-migrate
CREATE INDEX CONCURRENTLY events_account_id_idx ON events (account_id);
