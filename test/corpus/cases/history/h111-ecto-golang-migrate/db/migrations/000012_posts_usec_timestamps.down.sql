-- case: the down truncates back to timestamp(0): a rewrite
-- expect: column-type-rewrite@5
-- tool: golang-migrate
SET lock_timeout TO '5s';
ALTER TABLE "posts" ALTER COLUMN "inserted_at" TYPE timestamp(0), ALTER COLUMN "updated_at" TYPE timestamp(0);
