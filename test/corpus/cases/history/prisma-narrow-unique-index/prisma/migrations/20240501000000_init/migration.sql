-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "phase" TEXT,
    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_accountId_phase_key" ON "Plan" ("accountId", "phase");
