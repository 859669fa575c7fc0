-- case: dbmate: a type rewrite after another AccessExclusiveLock in the same transaction
-- expect: column-type-rewrite@8, lock-held-during-slow-operation@8
-- tool: dbmate

-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN bio SET DEFAULT '';
ALTER TABLE user_settings ALTER COLUMN payload TYPE jsonb USING payload::jsonb;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN bio DROP DEFAULT;
