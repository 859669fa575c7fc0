-- case: Prisma down.sql drops the column the migration added
-- expect: require-lock-timeout@6
-- tool: prisma

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "summary";
