-- case: Supabase db diff output: DROP TRIGGER takes AccessExclusiveLock on its table
-- expect: require-lock-timeout@4
-- tool: supabase
drop trigger if exists "notify_dispatch" on "public"."deliveries";
