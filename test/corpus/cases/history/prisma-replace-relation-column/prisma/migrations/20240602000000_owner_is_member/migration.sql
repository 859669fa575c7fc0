-- case: Prisma replaces a relation field: drops the old column and adds a required one in one ALTER TABLE, then keys it; the old version reads workspaceId, and its inserts lack memberId
-- expect: require-lock-timeout@6, drop-column@9, add-required-column@9, mixed-expand-contract@9
-- expect: constraint-without-not-valid@13, foreign-key-without-index@13, lock-held-during-slow-operation@13
-- tool: prisma
-- DropForeignKey
ALTER TABLE "Invite" DROP CONSTRAINT "Invite_workspaceId_fkey";

-- AlterTable
ALTER TABLE "Invite" DROP COLUMN "workspaceId",
ADD COLUMN     "memberId" INTEGER NOT NULL;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
