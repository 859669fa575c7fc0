-- case: Prisma adds an optional field; a hand-written down.sql (prisma migrate diff --script) sits beside it
-- tool: prisma
-- expect: require-lock-timeout@5
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nickname" TEXT;
