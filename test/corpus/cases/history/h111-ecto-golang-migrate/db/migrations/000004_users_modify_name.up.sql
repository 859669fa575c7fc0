-- case: Ecto modify :name, :string, size: 255, null: false — one ALTER TABLE with two subcommands; widening varchar is safe, SET NOT NULL scans
-- expect: require-lock-timeout@4, set-not-null@4
-- tool: golang-migrate
ALTER TABLE "users" ALTER COLUMN "name" TYPE varchar(255), ALTER COLUMN "name" SET NOT NULL;
