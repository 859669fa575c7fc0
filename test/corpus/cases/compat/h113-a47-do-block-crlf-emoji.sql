-- case: CRLF DO block; an inner statement follows an emoji RAISE on the same line
-- expect: require-lock-timeout@6, rename-column@6, drop-column@8

DO $body$
BEGIN
	RAISE NOTICE '🚀 renaming'; ALTER TABLE "Accounts" RENAME COLUMN "Name" TO "FullName";
	-- 🧹 cleanup
	ALTER TABLE "Accounts"
		DROP COLUMN "Legacy";
END
$body$;
