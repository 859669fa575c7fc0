-- case: Prisma adds a required @updatedAt column with no default (its own warning says it fails on a non-empty table)
-- tool: prisma
-- expect: require-lock-timeout@11, add-required-column@11
/*
  Warnings:

  - Added the required column `updatedAt` to the table `User` without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;
