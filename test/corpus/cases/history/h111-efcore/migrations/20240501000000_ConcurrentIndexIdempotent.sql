-- case: EF Core --idempotent wraps the concurrent build in a DO block: it cannot run in a function (fails at run time)
-- expect: concurrently-in-transaction@7
-- tool: plain
DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240501000000_ConcurrentIndexIdempotent') THEN
    CREATE INDEX CONCURRENTLY "IX_Posts_Content" ON "Posts" ("Content");
    END IF;
END $EF$;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240501000000_ConcurrentIndexIdempotent') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20240501000000_ConcurrentIndexIdempotent', '8.0.4');
    END IF;
END $EF$;
COMMIT;
