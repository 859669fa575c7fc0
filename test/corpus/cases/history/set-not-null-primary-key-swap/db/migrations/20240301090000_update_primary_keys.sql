-- case: openfga's online primary-key swap: SET NOT NULL on the new key's columns and ADD PRIMARY KEY USING INDEX in one ALTER (one scan per statement, one finding per column)
-- expect: set-not-null@13, set-not-null@24, set-not-null@33
-- tool: goose
-- +goose NO TRANSACTION

-- +goose Up

CREATE UNIQUE INDEX CONCURRENTLY idx_tuple_pkey
    ON tuple (store, object_type, object_id, relation, user_object_type, user_object_id, user_relation);

SET lock_timeout = '2s';

ALTER TABLE tuple
    ALTER COLUMN user_object_type SET NOT NULL,
    ALTER COLUMN user_object_id SET NOT NULL,
    ALTER COLUMN user_relation SET NOT NULL,
    DROP CONSTRAINT tuple_pkey,
    ADD CONSTRAINT tuple_pkey PRIMARY KEY USING INDEX idx_tuple_pkey;

ALTER TABLE tuple
    ALTER COLUMN _user DROP NOT NULL,
    ALTER COLUMN user_type DROP NOT NULL;

ALTER TABLE changelog
    ALTER COLUMN user_object_type SET NOT NULL,
    ALTER COLUMN user_object_id SET NOT NULL,
    ALTER COLUMN user_relation SET NOT NULL;

-- +goose Down

SET lock_timeout = '2s';

ALTER TABLE tuple
    ALTER COLUMN _user SET NOT NULL,
    ALTER COLUMN user_type SET NOT NULL;

CREATE UNIQUE INDEX CONCURRENTLY idx_tuple_pkey
    ON tuple (store, object_type, object_id, relation, _user);

ALTER TABLE tuple
    DROP CONSTRAINT tuple_pkey,
    ADD CONSTRAINT tuple_pkey PRIMARY KEY USING INDEX idx_tuple_pkey,
    ALTER COLUMN user_object_type DROP NOT NULL,
    ALTER COLUMN user_object_id DROP NOT NULL,
    ALTER COLUMN user_relation DROP NOT NULL;

ALTER TABLE changelog
    ALTER COLUMN user_object_type DROP NOT NULL,
    ALTER COLUMN user_object_id DROP NOT NULL,
    ALTER COLUMN user_relation DROP NOT NULL;
