-- case: EF Core 9 idempotent script: lock_timeout via migrationBuilder.Sql in a DO block, then a type change on a text column to varchar(300) (rewrites and checks)
-- expect: column-type-rewrite@14
-- tool: plain
START TRANSACTION;
DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240801000000_Ef9PerMigrationIdempotent') THEN
    SET LOCAL lock_timeout = '5s';
    END IF;
END $EF$;
DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240801000000_Ef9PerMigrationIdempotent') THEN
    ALTER TABLE "Posts" ALTER COLUMN "Title" TYPE character varying(300);
    END IF;
END $EF$;
COMMIT;
