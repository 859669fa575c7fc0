-- case: Prisma: the same batching DO block followed by another statement: the file becomes a multi-statement query, an implicit transaction block, and COMMIT inside the block fails with "invalid transaction termination"
-- expect: transaction-nesting@4
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

ANALYZE "Invoice";
