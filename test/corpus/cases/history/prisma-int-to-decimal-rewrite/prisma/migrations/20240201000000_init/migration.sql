-- CreateTable
CREATE TABLE "Marker" (
    "id" SERIAL NOT NULL,
    "mapId" INTEGER NOT NULL,
    "x" INTEGER NOT NULL DEFAULT 0,
    "y" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Marker_pkey" PRIMARY KEY ("id")
);
