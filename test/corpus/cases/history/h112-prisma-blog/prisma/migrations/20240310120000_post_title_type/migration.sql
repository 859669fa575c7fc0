-- case: "title" VARCHAR(120) -> TEXT is free; the FK re-created after its index exists (20240305) is only constraint-without-not-valid
-- expect: constraint-without-not-valid@11, lock-held-during-slow-operation@11
-- tool: prisma

SET lock_timeout = '2s';
-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "title" SET DATA TYPE TEXT;
-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";
-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
