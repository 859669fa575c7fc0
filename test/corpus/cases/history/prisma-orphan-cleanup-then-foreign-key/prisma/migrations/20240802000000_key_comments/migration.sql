-- case: moving from relationMode "prisma" to real foreign keys: orphans are deleted first, then the key is added in the same transaction, so the DELETE's row locks are held while ALTER TABLE waits for its lock and scans the table
-- expect: unbatched-backfill@5, require-lock-timeout@11, constraint-without-not-valid@11
-- tool: prisma
-- remove replies whose thread is gone
DELETE FROM "reply" r
WHERE NOT EXISTS (
    SELECT 1 FROM "thread" t WHERE t.id = r.thread_id
);

-- AddForeignKey
ALTER TABLE "reply" ADD CONSTRAINT "reply_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;
