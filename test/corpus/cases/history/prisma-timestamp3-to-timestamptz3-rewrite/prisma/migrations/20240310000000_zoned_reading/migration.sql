-- case: Prisma @db.Timestamptz(3) on a timestamp(3) column: with the same precision PostgreSQL 15 still rewrites the table, even when the session time zone is UTC (only a change to timestamptz without a precision, or a USING cast, is skipped under UTC)
-- expect: column-type-rewrite@5, require-lock-timeout@5
-- tool: prisma
-- AlterTable
ALTER TABLE "Reading" ALTER COLUMN "takenAt" SET DATA TYPE TIMESTAMPTZ(3);
