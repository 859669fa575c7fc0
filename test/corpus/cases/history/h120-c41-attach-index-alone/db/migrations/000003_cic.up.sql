CREATE INDEX CONCURRENTLY events_2023_account_id_idx ON events_2023 (account_id);
