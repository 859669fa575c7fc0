-- case: TypeORM-generated index (migration:generate output)
-- expect: require-concurrent-index@4, require-lock-timeout@4

CREATE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ;
