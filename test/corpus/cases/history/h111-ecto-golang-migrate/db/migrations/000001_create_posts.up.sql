CREATE TABLE IF NOT EXISTS "posts" ("id" bigserial, "title" varchar(100) NOT NULL, "body" text, "published_at" timestamp(0), "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "comments" ("id" bigserial, "body" text NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "users" ("id" bigserial, "name" varchar(100), "email" varchar(160), PRIMARY KEY ("id"));
