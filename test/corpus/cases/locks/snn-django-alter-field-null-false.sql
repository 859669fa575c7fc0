-- case: Django AlterField null=False: fill NULLs then SET NOT NULL in one transaction
-- expect: unbatched-backfill@8, set-not-null@9, require-lock-timeout@9

BEGIN;
--
-- Alter field phone on customer
--
UPDATE "crm_customer" SET "phone" = '' WHERE "phone" IS NULL;
ALTER TABLE "crm_customer" ALTER COLUMN "phone" SET NOT NULL;
COMMIT;
