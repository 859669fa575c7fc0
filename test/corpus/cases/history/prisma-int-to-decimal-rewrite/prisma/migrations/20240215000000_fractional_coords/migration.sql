-- case: Prisma turns Int into Decimal: integer to numeric(65,30) converts every value, so the table and its indexes are rewritten under AccessExclusiveLock
-- expect: column-type-rewrite@5, require-lock-timeout@5
-- tool: prisma
-- AlterTable
ALTER TABLE "Marker" ALTER COLUMN "x" SET DEFAULT 0,
ALTER COLUMN "x" SET DATA TYPE DECIMAL(65,30),
ALTER COLUMN "y" SET DEFAULT 0,
ALTER COLUMN "y" SET DATA TYPE DECIMAL(65,30);
