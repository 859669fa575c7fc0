-- CreateEnum
CREATE TYPE "ParcelState" AS ENUM ('QUEUED', 'SHIPPED', 'DELIVERED');

-- CreateTable
CREATE TABLE "Parcel" (
    "id" TEXT NOT NULL,
    "stage" "ParcelState" NOT NULL DEFAULT 'QUEUED',

    CONSTRAINT "Parcel_pkey" PRIMARY KEY ("id")
);
