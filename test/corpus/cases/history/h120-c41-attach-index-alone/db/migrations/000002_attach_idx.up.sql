CREATE INDEX events_account_id_idx ON ONLY events (account_id);
