-- case: DROP TYPE ... CASCADE drops the status column (and its index): ADD COLUMN IF NOT EXISTS adds it again,
-- case: NOT NULL without a default on a table with rows; the dropped index is built again, under that lock.
-- case: The drop loses the column's values (drop-column: the CASCADE drops it as DROP COLUMN would)
-- tool: prisma
-- expect: require-lock-timeout@8, drop-column@8, add-required-column@10, require-concurrent-index@13,
-- expect: lock-held-during-slow-operation@13
-- Hand-edited: the enum is recreated from scratch.
DROP TYPE "OrderStatus" CASCADE;
CREATE TYPE "OrderStatus" AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED');
ALTER TABLE "Order" ADD COLUMN IF NOT EXISTS "status" "OrderStatus" NOT NULL;

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Order_status_idx" ON "Order"("status");
