-- case: Prisma @unique on an existing model: CREATE UNIQUE INDEX without CONCURRENTLY
-- expect: require-concurrent-index@6, require-lock-timeout@6
-- tool: prisma

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
