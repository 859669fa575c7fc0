-- case: VALIDATE CONSTRAINT in its own migration: ShareUpdateExclusiveLock on invoices, RowShareLock on orders; nothing blocks reads or writes
-- expect: clean
-- tool: plain
-- assume-in-transaction: true
ALTER TABLE "invoices" VALIDATE CONSTRAINT "fk_rails_0f6c1c2d6e";
