-- case: TypeORM @ManyToOne and @Index on an existing table: plain CREATE INDEX, then the FK (full scan) - the index covers authorId
-- expect: require-lock-timeout@3, require-concurrent-index@3, constraint-without-not-valid@4
CREATE INDEX "IDX_c6fb082a3114f35d0cc27c518e" ON "post" ("authorId") ;
ALTER TABLE "post" ADD CONSTRAINT "FK_c6fb082a3114f35d0cc27c518e0" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
