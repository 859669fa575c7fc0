-- CreateTable
CREATE TABLE "Reading" (
    "id" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Reading_pkey" PRIMARY KEY ("id")
);
