-- case: lock_timeout set with set_config() (what some teams' migrationBuilder.Sql helpers emit): the ALTER runs with it
-- expect: set-not-null@7
-- tool: plain
START TRANSACTION;
SELECT set_config('lock_timeout', '3s', true);

ALTER TABLE "Posts" ALTER COLUMN "Score" SET NOT NULL;

COMMIT;
