-- case: @db.VarChar(100) on a String field: TEXT to VARCHAR(100) checks lengths and rewrites User
-- tool: prisma
-- expect: require-lock-timeout@5, column-type-rewrite@5
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);
