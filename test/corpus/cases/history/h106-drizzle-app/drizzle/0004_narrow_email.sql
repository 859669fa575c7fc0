-- case: varchar(256) to text is binary compatible (no rewrite, still AccessExclusiveLock); varchar(255) to varchar(100) rewrites users
-- expect: require-lock-timeout@3, column-type-rewrite@4, lock-held-during-slow-operation@4
ALTER TABLE "posts" ALTER COLUMN "title" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "email" SET DATA TYPE varchar(100);
