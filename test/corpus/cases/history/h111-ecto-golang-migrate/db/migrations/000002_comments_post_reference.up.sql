-- case: Ecto add :post_id, references(:posts) plus create index(:comments, [:post_id]), as --log-migrations-sql prints it
-- expect: require-lock-timeout@4, require-concurrent-index@5, lock-held-during-slow-operation@5
-- tool: golang-migrate
ALTER TABLE "comments" ADD COLUMN "post_id" bigint CONSTRAINT "comments_post_id_fkey" REFERENCES "posts"("id") ON DELETE CASCADE;
CREATE INDEX "comments_post_id_index" ON "comments" ("post_id");
