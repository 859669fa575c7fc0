-- case: Prisma @@index([authorId]) added after the baseline
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: prisma
-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
