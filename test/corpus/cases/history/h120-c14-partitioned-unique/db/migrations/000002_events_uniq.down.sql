DROP INDEX events_id_occurred_at_key;
