-- expect: require-lock-timeout@3
-- tool: golang-migrate
ALTER TABLE "posts" DROP COLUMN "public_id", DROP COLUMN IF EXISTS "synced_at";
