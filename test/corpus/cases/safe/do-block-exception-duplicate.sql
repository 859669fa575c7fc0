-- case: DO block swallowing duplicate_object
-- expect: clean

DO $$ BEGIN
    CREATE TYPE "public"."payment_method" AS ENUM('card', 'sepa', 'invoice');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;
