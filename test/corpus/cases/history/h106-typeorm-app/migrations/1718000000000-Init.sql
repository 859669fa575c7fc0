CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE "user" ("id" SERIAL NOT NULL, "fullName" character varying NOT NULL, "name" character varying(50) NOT NULL, CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"));
CREATE TABLE "post" ("id" SERIAL NOT NULL, "title" character varying NOT NULL, "views" integer NOT NULL, "authorId" integer, CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"));
