CREATE TABLE "api_keys" (
"id" TEXT PRIMARY KEY,
"scope_schema_url" TEXT NOT NULL,
"claims" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);