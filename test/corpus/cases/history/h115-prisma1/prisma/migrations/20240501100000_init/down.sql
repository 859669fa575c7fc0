-- case: hand-written Prisma down.sql (from prisma migrate diff): drops the table the migration created; not an up migration, not history
-- expect: clean
-- tool: prisma

-- DropTable
DROP TABLE "Article";
