-- case: Prisma hand edit: the required column gets a placeholder default so existing rows fill without a rewrite, then the default is dropped in the same migration; from the commit on, every INSERT of the running version (which never names the column) fails with a not-null violation
-- expect: require-lock-timeout@10, add-required-column@13
-- tool: prisma
/*
  Warnings:

  - Added the required column `pin_hash` to the `members` table without a default value. This is not possible if the table is not empty.

*/
ALTER TABLE "members" ADD COLUMN "pin_hash" TEXT NOT NULL DEFAULT 'unset';

-- drop the placeholder again: new rows must bring their own value
ALTER TABLE "members" ALTER COLUMN "pin_hash" DROP DEFAULT;
