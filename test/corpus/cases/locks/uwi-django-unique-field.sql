-- case: Django AddField(unique=True) on a CharField: inline UNIQUE plus the _like index
-- expect: unique-without-index@8, require-lock-timeout@8, require-concurrent-index@9, lock-held-during-slow-operation@9

BEGIN;
--
-- Add field slug to article
--
ALTER TABLE "blog_article" ADD COLUMN "slug" varchar(120) NULL UNIQUE;
CREATE INDEX "blog_article_slug_0d3b2f4e_like" ON "blog_article" ("slug" varchar_pattern_ops);
COMMIT;
