-- case: Ecto down of modify: narrowing back rewrites (and checks) the table
-- expect: require-lock-timeout@4, column-type-rewrite@4
-- tool: golang-migrate
ALTER TABLE "users" ALTER COLUMN "name" TYPE varchar(100), ALTER COLUMN "name" DROP NOT NULL;
