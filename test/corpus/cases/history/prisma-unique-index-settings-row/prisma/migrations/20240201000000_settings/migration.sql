-- case: Prisma's @unique makes a unique index, not a constraint: a settings row found by that key (or by its id, cast) is one row, not a backfill
-- tool: prisma
-- expect: require-lock-timeout@6

-- AlterTable
ALTER TABLE "Setting" ADD COLUMN "description" TEXT;

-- Data
UPDATE "Setting" SET "description" = 'Shown in the header' WHERE "key" = 'site_name';
UPDATE "Setting" SET "value" = 'dark' WHERE "id" = 'a1b2'::text;
