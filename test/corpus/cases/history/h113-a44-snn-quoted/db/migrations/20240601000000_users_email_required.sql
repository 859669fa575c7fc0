-- case: dbmate: a validated CHECK ("Email" IS NOT NULL) exists from history, so SET NOT NULL skips the scan; "email" (lowercase) is another column
-- expect: clean
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE "Users" ALTER COLUMN "Email" SET NOT NULL;

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE "Users" ALTER COLUMN "Email" DROP NOT NULL;
