-- case: TypeORM's down mirrors it: dropping the column the up added is an undo; re-adding the old one NOT NULL still fails on rows
-- expect: require-lock-timeout@5, add-required-column@6
-- tool: golang-migrate
SET lock_timeout = 0;
ALTER TABLE "post" DROP COLUMN "title";
ALTER TABLE "post" ADD "title" character varying(200) NOT NULL;
