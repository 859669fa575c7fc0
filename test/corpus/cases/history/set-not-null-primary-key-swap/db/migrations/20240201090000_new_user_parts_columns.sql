-- +goose NO TRANSACTION
-- +goose Up
ALTER TABLE tuple
    ADD COLUMN IF NOT EXISTS user_object_type TEXT,
    ADD COLUMN IF NOT EXISTS user_object_id TEXT,
    ADD COLUMN IF NOT EXISTS user_relation TEXT;

UPDATE tuple SET
    user_object_type = split_part(_user, ':', 1),
    user_object_id = split_part(split_part(_user, ':', -1), '#', 1),
    user_relation = CASE WHEN position('#' in _user) > 0 THEN split_part(_user, '#', -1) ELSE '' END;

ALTER TABLE changelog
    ADD COLUMN IF NOT EXISTS user_object_type TEXT,
    ADD COLUMN IF NOT EXISTS user_object_id TEXT,
    ADD COLUMN IF NOT EXISTS user_relation TEXT;

-- +goose Down
ALTER TABLE tuple
    DROP COLUMN IF EXISTS user_object_type,
    DROP COLUMN IF EXISTS user_object_id,
    DROP COLUMN IF EXISTS user_relation;

ALTER TABLE changelog
    DROP COLUMN IF EXISTS user_object_type,
    DROP COLUMN IF EXISTS user_object_id,
    DROP COLUMN IF EXISTS user_relation;
