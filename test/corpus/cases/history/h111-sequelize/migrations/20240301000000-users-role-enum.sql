-- case: Sequelize addColumn with an ENUM: the type is created in a single-quoted DO body, then the column (constant default, no rewrite)
-- expect: require-lock-timeout@5, require-concurrent-index@6
-- tool: plain
DO 'BEGIN CREATE TYPE "public"."enum_Users_role" AS ENUM(''user'', ''admin''); EXCEPTION WHEN duplicate_object THEN null; END';
ALTER TABLE "public"."Users" ADD COLUMN "role" "public"."enum_Users_role" DEFAULT 'user';
CREATE UNIQUE INDEX "users_email" ON "Users" ("email");
