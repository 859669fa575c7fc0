-- case: goose: create a table with its indexes, drop it on the way down
-- expect: clean
-- tool: goose

-- +goose Up
CREATE TABLE IF NOT EXISTS feature_flags (
    key         text PRIMARY KEY,
    enabled     boolean     NOT NULL DEFAULT false,
    rollout_pct smallint    NOT NULL DEFAULT 0 CHECK (rollout_pct BETWEEN 0 AND 100),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feature_flags_enabled_idx ON feature_flags (enabled) WHERE enabled;

-- +goose Down
DROP TABLE IF EXISTS feature_flags;
