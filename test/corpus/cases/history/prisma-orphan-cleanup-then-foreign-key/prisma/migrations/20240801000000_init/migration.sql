-- CreateTable
CREATE TABLE "thread" ("id" TEXT NOT NULL, CONSTRAINT "thread_pkey" PRIMARY KEY ("id"));

-- CreateTable
CREATE TABLE "reply" (
    "id" TEXT NOT NULL,
    "thread_id" TEXT NOT NULL,
    CONSTRAINT "reply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reply_thread_id_idx" ON "reply" ("thread_id");
