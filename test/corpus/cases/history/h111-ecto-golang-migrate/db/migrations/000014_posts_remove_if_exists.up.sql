-- case: a second branch's Ecto migration, merged later: remove_if_exists :archived_at (already gone since 000013: PostgreSQL only notes it) and add_if_not_exists :public_id (exists since 000011: skipped, nothing rewritten)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout TO '5s';
ALTER TABLE "posts" DROP COLUMN IF EXISTS "archived_at";
ALTER TABLE "posts" ADD COLUMN IF NOT EXISTS "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;
