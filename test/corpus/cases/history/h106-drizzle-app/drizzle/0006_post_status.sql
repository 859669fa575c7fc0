-- case: drizzle pgEnum plus a column with a constant default (no rewrite on PG 11+); a value added and used in the same transaction (drizzle runs all pending migrations in one)
-- expect: require-lock-timeout@4, enum-value-change@6, unbatched-backfill@6, lock-held-during-slow-operation@6
CREATE TYPE "public"."post_status" AS ENUM('draft', 'published');--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "status" "post_status" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TYPE "public"."post_status" ADD VALUE 'archived';--> statement-breakpoint
UPDATE "posts" SET "status" = 'archived' WHERE "published" = false;
