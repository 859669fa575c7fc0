-- case: an identity column added to an existing table rewrites it; a new table with an identity key is fine
-- expect: require-lock-timeout@3, add-column-rewrite@3
ALTER TABLE "post_comments" ADD COLUMN "seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "post_comments_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity" text NOT NULL,
	"payload" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
