-- case: TypeORM ManyToMany join table with its indexes and FKs (new table; FKs lock post and tag)
-- expect: require-lock-timeout@7
-- tool: golang-migrate
CREATE TABLE "post_tags_tag" ("postId" integer NOT NULL, "tagId" integer NOT NULL, CONSTRAINT "PK_post_tags" PRIMARY KEY ("postId", "tagId"));
CREATE INDEX "IDX_post_tags_post" ON "post_tags_tag" ("postId");
CREATE INDEX "IDX_post_tags_tag" ON "post_tags_tag" ("tagId");
ALTER TABLE "post_tags_tag" ADD CONSTRAINT "FK_post_tags_post" FOREIGN KEY ("postId") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "post_tags_tag" ADD CONSTRAINT "FK_post_tags_tag" FOREIGN KEY ("tagId") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
