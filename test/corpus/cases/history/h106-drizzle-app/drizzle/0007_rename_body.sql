ALTER TABLE "posts" RENAME COLUMN "body" TO "content";--> statement-breakpoint
ALTER TABLE "comments" RENAME TO "post_comments";
