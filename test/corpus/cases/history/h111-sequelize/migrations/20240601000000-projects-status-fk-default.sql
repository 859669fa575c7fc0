-- case: Sequelize addColumn with references and a defaultValue: the default makes PostgreSQL validate the FK over every row (scan under ShareRowExclusiveLock on both)
-- expect: require-lock-timeout@6, constraint-without-not-valid@6, foreign-key-without-index@6
-- tool: plain
SET lock_timeout = 0;
CREATE TABLE IF NOT EXISTS "Statuses" ("id" SERIAL, "name" VARCHAR(255), PRIMARY KEY ("id"));
ALTER TABLE "public"."Projects" ADD COLUMN "statusId" INTEGER NOT NULL DEFAULT 1 REFERENCES "Statuses" ("id");
