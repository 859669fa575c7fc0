-- case: Django AddConstraint CheckConstraint: validated at once (full scan under AccessExclusiveLock)
-- expect: require-lock-timeout@7, constraint-without-not-valid@7
BEGIN;
--
-- Create constraint shop_order_total_gte_0 on model order
--
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_total_gte_0" CHECK ("total" >= 0);
COMMIT;
