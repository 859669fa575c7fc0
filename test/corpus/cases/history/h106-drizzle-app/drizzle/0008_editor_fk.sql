-- case: drizzle-kit 0.30 style: foreign keys no longer wrapped in DO blocks; a new nullable column then its FK to users, unindexed
-- expect: require-lock-timeout@3, constraint-without-not-valid@4, foreign-key-without-index@4, lock-held-during-slow-operation@4
ALTER TABLE "posts" ADD COLUMN "editor_id" integer;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
