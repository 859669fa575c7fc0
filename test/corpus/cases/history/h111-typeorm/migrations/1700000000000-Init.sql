CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'user');
CREATE TABLE "user" ("id" SERIAL NOT NULL, "name" character varying(100) NOT NULL, "role" "public"."user_role_enum" NOT NULL DEFAULT 'user', CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"));
CREATE TABLE "post" ("id" SERIAL NOT NULL, "title" character varying(200) NOT NULL, "authorId" integer, CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"));
CREATE TABLE "order" ("id" SERIAL NOT NULL, "total" numeric(10,2) NOT NULL, CONSTRAINT "PK_1031171c13130102495201e3e20" PRIMARY KEY ("id"));
