-- case: Ecto add :views, :integer, default: 0, null: false and timestamps default now(): constants and stable defaults do not rewrite
-- expect: require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE "posts" ADD COLUMN "views" integer DEFAULT 0 NOT NULL, ADD COLUMN "archived_at" timestamp(0) DEFAULT now() NOT NULL;
