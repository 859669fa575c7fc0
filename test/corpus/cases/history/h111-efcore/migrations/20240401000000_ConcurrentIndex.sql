-- case: EF Core IsCreatedConcurrently() with suppressTransaction: the script closes the transaction around the build
-- expect: clean
-- tool: plain
START TRANSACTION;
COMMIT;

CREATE INDEX CONCURRENTLY "IX_Posts_Title" ON "Posts" ("Title");

START TRANSACTION;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240401000000_ConcurrentIndex', '8.0.4');

COMMIT;
