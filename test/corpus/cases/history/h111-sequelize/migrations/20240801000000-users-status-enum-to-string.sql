-- case: Sequelize changeColumn from ENUM to STRING (enum -> varchar(255) USING cast: rewrite), then varchar -> text with a USING cast (binary-compatible: no rewrite)
-- expect: require-lock-timeout@4, column-type-rewrite@4
-- tool: plain
ALTER TABLE "public"."Users" ALTER COLUMN "role" TYPE VARCHAR(255) USING ("role"::VARCHAR(255));
ALTER TABLE "public"."Users" ALTER COLUMN "email" TYPE TEXT USING ("email"::TEXT);
