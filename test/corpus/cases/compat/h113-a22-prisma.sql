-- case: Prisma migrate output: required column and unique index on a pre-existing model
-- expect: add-required-column@9, require-lock-timeout@9, require-concurrent-index@12, lock-held-during-slow-operation@12
-- tool: prisma

/*
  Warnings:
  - Added the required column `tenantId` to the `User` table without a default value. This is not possible if the table is not empty.
*/
ALTER TABLE "User" ADD COLUMN     "tenantId" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "User_tenantId_email_key" ON "User"("tenantId", "email");
