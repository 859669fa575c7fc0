-- case: Prisma narrows a @@unique: DROP INDEX takes AccessExclusiveLock on Plan and keeps it while the new unique index is built in the same transaction
-- expect: require-concurrent-drop-index@8, require-lock-timeout@8, require-concurrent-index@11, lock-held-during-slow-operation@11
-- tool: prisma
/*
  Warnings:
  - A unique constraint covering the columns `[accountId]` on the table `Plan` will be added. If there are existing duplicate values, this will fail.
*/
DROP INDEX "Plan_accountId_phase_key";

-- CreateIndex
CREATE UNIQUE INDEX "Plan_accountId_key" ON "Plan" ("accountId");
