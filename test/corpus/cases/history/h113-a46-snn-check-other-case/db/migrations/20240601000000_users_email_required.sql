-- case: dbmate: the validated CHECK is on email (lowercase), not on "Email": SET NOT NULL on "Email" scans
-- expect: set-not-null@7
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE "Users" ALTER COLUMN "Email" SET NOT NULL;

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE "Users" ALTER COLUMN "Email" DROP NOT NULL;
