-- case: Rails change_column_null :users, :active, false, false: backfill then SET NOT NULL in one transaction
-- expect: unbatched-backfill@5, require-lock-timeout@6, set-not-null@6
-- tool: plain
-- assume-in-transaction: true
UPDATE "users" SET "active"=FALSE WHERE "active" IS NULL;
ALTER TABLE "users" ALTER COLUMN "active" SET NOT NULL;
