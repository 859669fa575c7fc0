-- case: Django AlterField CharField to TextField: varchar(200) to text, no rewrite
-- expect: clean

BEGIN;
SET LOCAL lock_timeout = '2s';
--
-- Alter field title on post
--
ALTER TABLE "blog_post" ALTER COLUMN "title" TYPE text;
COMMIT;
