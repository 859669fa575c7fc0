-- case: dotnet ef migrations script --idempotent: each operation in a DO block guarded by __EFMigrationsHistory; the add, index and FK run in one transaction
-- expect: require-lock-timeout@16, require-concurrent-index@23, lock-held-during-slow-operation@23
-- expect: constraint-without-not-valid@30, lock-held-during-slow-operation@30
-- tool: plain
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240201000000_PostBlogRelation') THEN
    ALTER TABLE "Posts" ADD "BlogId" integer NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240201000000_PostBlogRelation') THEN
    CREATE INDEX "IX_Posts_BlogId" ON "Posts" ("BlogId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240201000000_PostBlogRelation') THEN
    ALTER TABLE "Posts" ADD CONSTRAINT "FK_Posts_Blogs_BlogId" FOREIGN KEY ("BlogId") REFERENCES "Blogs" ("Id") ON DELETE CASCADE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240201000000_PostBlogRelation') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20240201000000_PostBlogRelation', '8.0.4');
    END IF;
END $EF$;
COMMIT;
