-- case: Django AlterField max_length, no history available
-- expect: column-type-rewrite@8, require-lock-timeout@8

BEGIN;
--
-- Alter field title on article
--
ALTER TABLE "blog_article" ALTER COLUMN "title" TYPE varchar(300);
COMMIT;
