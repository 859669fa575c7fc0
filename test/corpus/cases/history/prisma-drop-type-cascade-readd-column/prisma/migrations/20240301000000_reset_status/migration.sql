-- case: DROP TYPE ... CASCADE drops the status column (and its index): ADD COLUMN IF NOT EXISTS adds it again,
-- case: NOT NULL without a default on a table with rows; the dropped index is built again, under that lock
-- tool: prisma
-- expect: require-lock-timeout@7, add-required-column@9, require-concurrent-index@12,
-- expect: lock-held-during-slow-operation@12
-- Hand-edited: the enum is recreated from scratch.
DROP TYPE "OrderStatus" CASCADE;
CREATE TYPE "OrderStatus" AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED');
ALTER TABLE "Order" ADD COLUMN IF NOT EXISTS "status" "OrderStatus" NOT NULL;

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Order_status_idx" ON "Order"("status");
