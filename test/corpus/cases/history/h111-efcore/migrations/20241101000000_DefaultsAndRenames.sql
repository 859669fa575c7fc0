-- case: EF Core defaults it generates for required DateTime/string/json columns (constants and stable expressions: no rewrite), then an index rename (lock on the index only)
-- expect: require-lock-timeout@6
-- tool: plain
START TRANSACTION;

ALTER TABLE "Posts" ADD "Created" timestamp with time zone NOT NULL DEFAULT TIMESTAMPTZ '-infinity';

ALTER TABLE "Posts" ADD "Updated" timestamp without time zone NOT NULL DEFAULT (CURRENT_TIMESTAMP);

ALTER TABLE "Posts" ADD "Slug" character varying(200) NOT NULL DEFAULT ''::character varying;

ALTER TABLE "Posts" ADD "Meta" jsonb NOT NULL DEFAULT '{}'::jsonb;

ALTER TABLE "Posts" ADD "Year" integer NOT NULL DEFAULT (extract(year from now()))::int;

ALTER TABLE "Posts" ADD "Expires" timestamp with time zone NOT NULL DEFAULT (now() + interval '30 days');

ALTER INDEX "IX_Posts_BlogId" RENAME TO "IX_Posts_WeblogId";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20241101000000_DefaultsAndRenames', '8.0.4');

COMMIT;
