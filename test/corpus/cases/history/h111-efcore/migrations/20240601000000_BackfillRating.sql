-- case: EF Core migrationBuilder.Sql backfill right after AddColumn, same transaction
-- expect: require-lock-timeout@6, unbatched-backfill@8, lock-held-during-slow-operation@8
-- tool: plain
START TRANSACTION;

ALTER TABLE "Posts" ADD "Score" integer;

UPDATE "Posts" SET "Score" = 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240601000000_BackfillRating', '8.0.4');

COMMIT;
