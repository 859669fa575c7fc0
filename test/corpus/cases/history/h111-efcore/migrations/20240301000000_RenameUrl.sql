-- case: dotnet ef migrations script (not idempotent): rename, drop, widen and require in one transaction
-- expect: require-lock-timeout@6, rename-column@6, drop-column@8, set-not-null@12, mixed-expand-contract@10
-- tool: plain
START TRANSACTION;

ALTER TABLE "Blogs" RENAME COLUMN "Url" TO "SiteUrl";

ALTER TABLE "Blogs" DROP COLUMN "Legacy";

ALTER TABLE "Blogs" ADD "Rating" integer NOT NULL DEFAULT 0;

ALTER TABLE "Blogs" ALTER COLUMN "SiteUrl" SET NOT NULL;

ALTER TABLE "Blogs" ALTER COLUMN "SiteUrl" TYPE character varying(500);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240301000000_RenameUrl', '8.0.4');

COMMIT;
