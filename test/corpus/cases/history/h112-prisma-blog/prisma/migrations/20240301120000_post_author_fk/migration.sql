-- case: Prisma AddForeignKey on a pre-existing table: no NOT VALID, no index on "authorId"
-- expect: require-lock-timeout@6, constraint-without-not-valid@6, foreign-key-without-index@6
-- tool: prisma

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
