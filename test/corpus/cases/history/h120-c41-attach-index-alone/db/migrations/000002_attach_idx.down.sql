DROP INDEX events_account_id_idx;
