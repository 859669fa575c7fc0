CREATE TABLE "api_keys" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"scope_schema_url" VARCHAR (2048) NOT NULL,
"claims" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);