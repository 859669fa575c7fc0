-- case: dotnet ef migrations script -o writes a UTF-8 BOM and, on Windows, CRLF line endings
-- expect: require-lock-timeout@6, require-concurrent-index@6
-- tool: plain
START TRANSACTION;

CREATE INDEX "IX_Posts_Score" ON "Posts" ("Score");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20250101000000_BomCrlf', '8.0.4');

COMMIT;
