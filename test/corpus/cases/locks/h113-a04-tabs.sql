-- case: a tab-indented migration
-- expect: set-not-null@5, require-lock-timeout@5

	-- make email mandatory
	ALTER TABLE	accounts
		ALTER COLUMN	email SET NOT NULL;
