-- case: drizzle-kit adds posts.slug and its unique constraint in one transaction: the constraint builds its index under the AccessExclusiveLock the ADD COLUMN took
-- expect: require-lock-timeout@3, unique-without-index@4
ALTER TABLE "posts" ADD COLUMN "slug" varchar(256);--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_slug_unique" UNIQUE("slug");
