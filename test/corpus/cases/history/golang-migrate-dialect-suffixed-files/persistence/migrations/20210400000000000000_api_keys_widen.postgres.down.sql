SET lock_timeout = '2s';
ALTER TABLE "api_keys" ALTER COLUMN "scope_schema_url" TYPE VARCHAR (2048);
