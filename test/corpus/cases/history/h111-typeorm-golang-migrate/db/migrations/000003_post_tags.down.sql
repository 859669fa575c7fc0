-- case: TypeORM down: drops the FKs, indexes and the join table it created, and (a hand edit) the legacy column of post, which the up never added
-- expect: require-lock-timeout@4, drop-column@9
-- tool: golang-migrate
ALTER TABLE "post_tags_tag" DROP CONSTRAINT "FK_post_tags_tag";
ALTER TABLE "post_tags_tag" DROP CONSTRAINT "FK_post_tags_post";
DROP INDEX "public"."IDX_post_tags_tag";
DROP INDEX "public"."IDX_post_tags_post";
DROP TABLE "post_tags_tag";
ALTER TABLE "post" DROP COLUMN "legacy_flag";
