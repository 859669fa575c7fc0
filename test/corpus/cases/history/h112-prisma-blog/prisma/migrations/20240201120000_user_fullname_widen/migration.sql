-- case: "fullName" was "name" VARCHAR(100): widening to 200 is free
-- expect: clean
-- tool: prisma

SET lock_timeout = '2s';
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "fullName" SET DATA TYPE VARCHAR(200);
