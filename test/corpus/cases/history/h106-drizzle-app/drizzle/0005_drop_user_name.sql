ALTER TABLE "users" DROP COLUMN IF EXISTS "name";--> statement-breakpoint
DROP INDEX IF EXISTS "comments_post_id_idx";
