-- case: Prisma @@index and @relation added to an existing model: quoted mixed-case names
-- expect: require-concurrent-index@6, require-lock-timeout@6, constraint-without-not-valid@9
-- tool: prisma

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
