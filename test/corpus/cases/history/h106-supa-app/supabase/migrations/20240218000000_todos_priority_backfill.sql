-- case: a new column backfilled in the same file: the CLI runs the file as one implicit transaction, so the UPDATE runs while the ADD COLUMN's AccessExclusiveLock is held
-- tool: supabase
-- expect: require-lock-timeout@4, unbatched-backfill@6, lock-held-during-slow-operation@6
alter table public.todos add column priority smallint;

update public.todos set priority = 1;
