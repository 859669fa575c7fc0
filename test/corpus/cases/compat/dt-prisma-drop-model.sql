-- case: Prisma: model removed from schema.prisma
-- expect: require-lock-timeout@12, drop-table@15
-- tool: prisma

/*
  Warnings:

  - You are about to drop the `Invite` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "Invite" DROP CONSTRAINT "Invite_teamId_fkey";

-- DropTable
DROP TABLE "Invite";
