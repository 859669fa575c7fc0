-- case: a hand-written custom migration (drizzle-kit generate --custom) with a lock_timeout: backfill every row, then an index on posts
-- expect: unbatched-backfill@4, require-concurrent-index@5
SET lock_timeout = '3s';--> statement-breakpoint
UPDATE "posts" SET "published" = true;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "posts_published_idx" ON "posts" USING btree ("published");
