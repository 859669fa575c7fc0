-- case: no down.sql (Prisma never needs one); varchar(50) -> varchar(200) is binary compatible (old type known from history; down.sql files are not replayed)
-- expect: clean
-- tool: prisma

SET lock_timeout = '2s';
-- AlterTable
ALTER TABLE "Article" ALTER COLUMN "title" SET DATA TYPE VARCHAR(200);
