-- case: hand-edited Prisma migration: add a nullable column, fill every row in one UPDATE while ADD COLUMN's AccessExclusiveLock is still held, then SET NOT NULL, which scans the table again
-- expect: require-lock-timeout@5, unbatched-backfill@7, lock-held-during-slow-operation@7, set-not-null@11
-- tool: prisma
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "editedAt" TIMESTAMP(3);

UPDATE "Article" SET "editedAt" = COALESCE("published", NOW());

-- AlterColumn
ALTER TABLE "Article" ALTER COLUMN "editedAt" SET DEFAULT NOW();
ALTER TABLE "Article" ALTER COLUMN "editedAt" SET NOT NULL;
