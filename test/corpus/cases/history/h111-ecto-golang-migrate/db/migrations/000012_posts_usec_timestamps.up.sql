-- case: Ecto modify :inserted_at, :naive_datetime_usec (timestamp(0) -> timestamp): more precision, no rewrite
-- expect: clean
-- tool: golang-migrate
SET lock_timeout TO '5s';
ALTER TABLE "posts" ALTER COLUMN "inserted_at" TYPE timestamp, ALTER COLUMN "updated_at" TYPE timestamp;
