-- case: prisma drop column
-- tool: prisma
-- expect: drop-column@11, require-lock-timeout@11
/*
  Warnings:

  - You are about to drop the column `legacy` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "legacy";
