CREATE TABLE "users" ("id" bigserial primary key, "email" character varying NOT NULL, "active" boolean, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE TABLE "customers" ("id" bigserial primary key, "name" character varying);
CREATE TABLE "orders" ("id" bigserial primary key, "total_cents" integer);
