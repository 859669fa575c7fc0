-- case: a hand-edited Prisma migration: CONCURRENTLY alongside another statement; Prisma sends the file as one query, an implicit transaction block
-- tool: prisma
-- expect: require-lock-timeout@5, concurrently-in-transaction@8
-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "Post_slug_key" ON "Post"("slug");
