-- case: Prisma CreateIndex on the pre-existing "Post" table
-- expect: require-lock-timeout@6, require-concurrent-index@6
-- tool: prisma

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
