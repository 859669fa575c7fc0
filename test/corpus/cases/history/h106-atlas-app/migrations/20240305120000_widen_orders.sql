-- case: numeric(12,2) to numeric(14,2) and varchar(200) to varchar(500) are binary compatible: no rewrite, but still an AccessExclusiveLock with no lock_timeout
-- expect: require-lock-timeout@4
-- Modify "orders" table
ALTER TABLE "public"."orders" ALTER COLUMN "amount" TYPE numeric(14,2), ALTER COLUMN "note" TYPE character varying(500);
