-- case: Ecto add :public_id, :uuid, default: fragment("gen_random_uuid()"), null: false plus add_if_not_exists with a utc timestamp default (stable: no rewrite)
-- expect: require-lock-timeout@4, add-column-rewrite@4
-- tool: golang-migrate
ALTER TABLE "posts" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL, ADD COLUMN IF NOT EXISTS "synced_at" timestamp(0) DEFAULT (now() at time zone 'utc') NOT NULL;
