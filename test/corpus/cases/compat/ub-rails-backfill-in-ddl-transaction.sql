-- case: Rails add_column + update_all in one migration (DDL transaction)
-- expect: require-lock-timeout@5, unbatched-backfill@6, lock-held-during-slow-operation@6
-- assume-in-transaction: true

ALTER TABLE "users" ADD COLUMN "time_zone" character varying;
UPDATE "users" SET "time_zone" = 'UTC' WHERE "users"."time_zone" IS NULL;
