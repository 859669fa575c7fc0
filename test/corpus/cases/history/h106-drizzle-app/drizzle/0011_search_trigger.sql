-- case: a drizzle-kit --custom migration: a plpgsql trigger function (its BEGIN/END are not transactions) and a trigger on posts, with a lock_timeout
-- expect: clean
SET lock_timeout = '2s';--> statement-breakpoint
CREATE OR REPLACE FUNCTION "posts_touch"() RETURNS trigger AS $$
BEGIN
  NEW."title" := trim(NEW."title");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER "posts_touch_trg" BEFORE INSERT OR UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION "posts_touch"();
