-- case: the down renames it back (undoes the up)
-- expect: require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE "posts" RENAME "headline" TO "title";
