-- case: TypeORM migration:generate for an enum change: rename the old type, create the new, swap the column type with USING (rewrite), all in TypeORM's transaction
-- expect: require-lock-timeout@7, column-type-rewrite@8
-- tool: plain
-- assume-in-transaction: true
ALTER TYPE "public"."user_role_enum" RENAME TO "user_role_enum_old";
CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'moderator', 'user');
ALTER TABLE "user" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "user" ALTER COLUMN "role" TYPE "public"."user_role_enum" USING "role"::"text"::"public"."user_role_enum";
ALTER TABLE "user" ALTER COLUMN "role" SET DEFAULT 'user';
DROP TYPE "public"."user_role_enum_old";
