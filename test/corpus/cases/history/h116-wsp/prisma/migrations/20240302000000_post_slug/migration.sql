-- case: Prisma adds a required unique field and widens title
-- expect: add-required-column@7, require-lock-timeout@5, require-concurrent-index@10, lock-held-during-slow-operation@10
-- tool: prisma
-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "title" SET DATA TYPE VARCHAR(300);
-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
