-- case: TypeORM relation with an explicit @Index: index first, FK second, both plain, in TypeORM's transaction
-- expect: require-lock-timeout@5, require-concurrent-index@5, constraint-without-not-valid@6
-- tool: plain
-- assume-in-transaction: true
CREATE INDEX "IDX_c6fb082a3114f35d0cc27c518e" ON "post" ("authorId");
ALTER TABLE "post" ADD CONSTRAINT "FK_c6fb082a3114f35d0cc27c518e0" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
