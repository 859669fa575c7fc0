-- case: text to jsonb with a cast
-- expect: column-type-rewrite@4, require-lock-timeout@4

ALTER TABLE "settings" ALTER COLUMN "value" TYPE jsonb USING "value"::jsonb;
