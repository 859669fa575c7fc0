-- case: several statements on one line; each finding starts at its own statement's column
-- expect: rename-column@4, require-lock-timeout@4, drop-table@4
SET search_path = public;
ALTER TABLE "Profiles" RENAME COLUMN "displayName" TO "display_name"; SELECT 1; DROP TABLE old_profiles;
