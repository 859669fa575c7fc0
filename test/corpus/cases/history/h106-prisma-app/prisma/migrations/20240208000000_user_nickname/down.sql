-- case: Prisma's down.sql undoes its migration.sql: dropping the column the up added is not a drop-column finding
-- tool: prisma
-- expect: require-lock-timeout@5
-- AlterTable
ALTER TABLE "User" DROP COLUMN "nickname";
