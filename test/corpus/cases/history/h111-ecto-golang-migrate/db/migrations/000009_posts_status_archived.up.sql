-- case: Ecto execute "ALTER TYPE post_status ADD VALUE 'archived'" plus a data fix in the same file: golang-migrate sends the file as one query (implicit transaction), so the new value is unusable
-- expect: enum-value-change@5
-- tool: golang-migrate
ALTER TYPE "post_status" ADD VALUE IF NOT EXISTS 'archived';
UPDATE "posts" SET "status" = 'archived' WHERE "published_at" < now() - interval '2 years';
