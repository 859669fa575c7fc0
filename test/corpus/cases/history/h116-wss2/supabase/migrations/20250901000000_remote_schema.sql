-- case: supabase db dump made with pg_dump 17.6 keeps \restrict; the CLI sends the file over pgx, not psql
-- expect: syntax-error@5, syntax-error@15
-- tool: supabase

\restrict hQ2wE3rT4yU5iO6pA7sD8fG9hJ0kL1zX2cV

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE IF NOT EXISTS "public"."notes" (
    "id" bigint NOT NULL,
    "body" "text"
);

\unrestrict hQ2wE3rT4yU5iO6pA7sD8fG9hJ0kL1zX2cV
