-- case: Prisma migration after renaming a field (edited to RENAME instead of drop/add)
-- expect: rename-column@6, require-lock-timeout@6
-- tool: prisma

-- AlterTable
ALTER TABLE "Order" RENAME COLUMN "total" TO "totalCents";
