-- case: prisma @unique
-- tool: prisma
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
