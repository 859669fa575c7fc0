-- case: Sequelize addColumn with references inside a queryInterface transaction (START TRANSACTION ... COMMIT)
-- expect: require-lock-timeout@5, foreign-key-without-index@5
-- tool: plain
START TRANSACTION;
ALTER TABLE "public"."Projects" ADD COLUMN "ownerId" INTEGER REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
COMMIT;
