-- case: Ecto down: drop index, then the column (undoing the up)
-- expect: require-lock-timeout@4, require-concurrent-drop-index@4
-- tool: golang-migrate
DROP INDEX "comments_post_id_index";
ALTER TABLE "comments" DROP CONSTRAINT "comments_post_id_fkey";
ALTER TABLE "comments" DROP COLUMN "post_id";
