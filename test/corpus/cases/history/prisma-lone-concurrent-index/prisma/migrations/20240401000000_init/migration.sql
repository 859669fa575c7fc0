-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);
