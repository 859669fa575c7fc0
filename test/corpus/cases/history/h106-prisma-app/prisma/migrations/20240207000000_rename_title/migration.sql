-- case: Prisma has no rename: renaming a field in the schema drops the column and adds a new one (data lost, old code breaks)
-- tool: prisma
-- expect: require-lock-timeout@12, drop-column@12, mixed-expand-contract@12, add-required-column@12
/*
  Warnings:

  - You are about to drop the column `title` on the `Post` table. All the data in the column will be lost.
  - Added the required column `headline` to the table `Post` without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Post" DROP COLUMN "title",
ADD COLUMN     "headline" VARCHAR(255) NOT NULL;
