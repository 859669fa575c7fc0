-- case: TypeORM up (drop and re-add to change the length), exported for golang-migrate
-- expect: require-lock-timeout@5, drop-column@5, add-required-column@6
-- tool: golang-migrate
SET lock_timeout = 0;
ALTER TABLE "post" DROP COLUMN "title";
ALTER TABLE "post" ADD "title" character varying(500) NOT NULL;
