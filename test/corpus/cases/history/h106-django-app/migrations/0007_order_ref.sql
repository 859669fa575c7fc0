-- case: Django AddField CharField(unique=True): the UNIQUE column builds its index under AccessExclusiveLock, then Django's _like index follows inside the same transaction
-- expect: require-lock-timeout@7, unique-without-index@7, require-concurrent-index@8, lock-held-during-slow-operation@8
BEGIN;
--
-- Add field ref to order
--
ALTER TABLE "shop_order" ADD COLUMN "ref" varchar(32) NULL UNIQUE;
CREATE INDEX "shop_order_ref_4f1f2b8a_like" ON "shop_order" ("ref" varchar_pattern_ops);
COMMIT;
