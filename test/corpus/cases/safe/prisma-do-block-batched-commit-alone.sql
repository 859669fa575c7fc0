-- case: Prisma: a DO block that commits after each batch, alone in its migration: sent as a single statement it runs outside a transaction block, so COMMIT inside it is allowed and each batch's row locks are released
-- expect: clean
-- tool: prisma
DO $$
DECLARE
    moved INTEGER;
BEGIN
    LOOP
        UPDATE "Invoice" SET "currency" = 'EUR'
        WHERE "id" IN (SELECT "id" FROM "Invoice" WHERE "currency" IS NULL LIMIT 5000);
        GET DIAGNOSTICS moved = ROW_COUNT;
        EXIT WHEN moved = 0;
        COMMIT;
    END LOOP;
END $$;
