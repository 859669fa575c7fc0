ALTER TABLE "posts" DROP COLUMN "status";
DROP TYPE "post_status";
