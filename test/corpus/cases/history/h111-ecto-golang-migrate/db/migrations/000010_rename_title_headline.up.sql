-- case: Ecto rename table(:posts), :title, to: :headline prints RENAME without the COLUMN keyword
-- expect: require-lock-timeout@4, rename-column@4
-- tool: golang-migrate
ALTER TABLE "posts" RENAME "title" TO "headline";
