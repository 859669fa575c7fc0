-- case: Prisma sends the whole file as one multi-statement query, an implicit transaction block: two CREATE INDEX CONCURRENTLY in one migration fail ("cannot run inside a transaction block")
-- expect: concurrently-in-transaction@6, concurrently-in-transaction@9
-- tool: prisma

-- CreateIndex
CREATE INDEX CONCURRENTLY "Ticket_queueId_idx" ON "Ticket" ("queueId");

-- CreateIndex
CREATE INDEX CONCURRENTLY "Ticket_assigneeId_idx" ON "Ticket" ("assigneeId");
