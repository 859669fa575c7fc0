-- case: Prisma sends a one-statement migration as a single query, which PostgreSQL does not wrap in a transaction block: CREATE INDEX CONCURRENTLY alone in its file runs, and its ShareUpdateExclusiveLock blocks neither reads nor writes
-- expect: clean
-- tool: prisma

-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "JobRun_eventId_idx" ON "JobRun" ("eventId");
