-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "legacy" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
