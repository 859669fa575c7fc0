-- case: Atlas replaces a column in one ALTER TABLE: drops legacy_code and adds display_name (expand and contract together)
-- expect: require-lock-timeout@4, drop-column@4, mixed-expand-contract@4
-- Modify "users" table
ALTER TABLE "public"."users" DROP COLUMN "legacy_code", ADD COLUMN "display_name" text NULL;
