-- case: Prisma migration adding a column without lock_timeout
-- expect: require-lock-timeout@6
-- tool: prisma

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "summary" TEXT;
