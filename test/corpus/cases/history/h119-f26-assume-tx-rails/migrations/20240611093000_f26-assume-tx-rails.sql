-- case: Rails-style: data-only keyed backfill in the DDL transaction
-- expect: clean

UPDATE "users" SET "locale" = 'en' WHERE "users"."id" IN (SELECT "users"."id" FROM "users" WHERE "users"."locale" IS NULL LIMIT 1000);
