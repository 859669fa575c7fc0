-- case: Atlas folds a new column and a new foreign key on orders into one ALTER TABLE; the FK checks every row and user_id has no index
-- expect: require-lock-timeout@4, constraint-without-not-valid@4, foreign-key-without-index@4
-- Modify "orders" table
ALTER TABLE "public"."orders" ADD COLUMN "status" character varying(20) NOT NULL DEFAULT 'pending', ADD CONSTRAINT "orders_user_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users" ("id") ON UPDATE NO ACTION ON DELETE CASCADE;
