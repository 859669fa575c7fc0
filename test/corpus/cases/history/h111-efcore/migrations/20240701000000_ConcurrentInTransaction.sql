-- case: EF Core concurrent index without suppressTransaction: the script keeps it inside START TRANSACTION
-- expect: concurrently-in-transaction@6
-- tool: plain
START TRANSACTION;

CREATE INDEX CONCURRENTLY "IX_Blogs_Rating" ON "Blogs" ("Rating");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240701000000_ConcurrentInTransaction', '8.0.4');

COMMIT;
