-- case: Sequelize queryInterface.bulkDelete with no where inside a transaction with SET LOCAL lock_timeout, then removeColumn
-- expect: unbatched-backfill@6, drop-column@7
-- tool: plain
START TRANSACTION;
SET LOCAL lock_timeout = '2s';
DELETE FROM "Projects";
ALTER TABLE "public"."Users" DROP COLUMN "firstName";
COMMIT;
