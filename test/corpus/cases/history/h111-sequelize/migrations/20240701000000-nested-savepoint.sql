-- case: Sequelize nested transaction (a savepoint) rolled back to, inside the outer START TRANSACTION; the outer one commits normally
-- expect: require-lock-timeout@9
-- tool: plain
START TRANSACTION;
SAVEPOINT "b3f1c2d4-probe";
INSERT INTO "Statuses" ("name") VALUES ('archived');
ROLLBACK TO SAVEPOINT "b3f1c2d4-probe";
SAVEPOINT "c4a2d3e5-probe";
ALTER TABLE "Projects" ADD COLUMN "archivedAt" TIMESTAMP WITH TIME ZONE;
RELEASE SAVEPOINT "c4a2d3e5-probe";
COMMIT;
