-- case: Prisma (hand-edited) rename of "User"."name"
-- expect: rename-column@7
-- tool: prisma

SET lock_timeout = '2s';
-- AlterTable
ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";
