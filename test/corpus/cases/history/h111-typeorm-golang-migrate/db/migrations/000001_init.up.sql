CREATE TABLE "post" ("id" SERIAL NOT NULL, "title" character varying(200) NOT NULL, "legacy_flag" boolean, CONSTRAINT "PK_post" PRIMARY KEY ("id"));
CREATE TABLE "tag" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_tag" PRIMARY KEY ("id"));
