-- CreateEnum
CREATE TYPE "Status" AS ENUM ('OPEN', 'CLOSED', 'SPAM');

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "status" "Status" NOT NULL DEFAULT 'OPEN',
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);
