-- case: a custom drizzle migration that opens its own transaction: drizzle's migrator already runs it inside one (BEGIN only warns, COMMIT ends the migrator's transaction)
-- expect: transaction-nesting@3
BEGIN;--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "feature_flags" (
	"key" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL
);--> statement-breakpoint
INSERT INTO "feature_flags" ("key", "enabled") VALUES ('new_editor', false);--> statement-breakpoint
COMMIT;
