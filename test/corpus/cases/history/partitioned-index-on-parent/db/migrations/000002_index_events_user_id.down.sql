DROP INDEX IF EXISTS events_user_id_idx;
