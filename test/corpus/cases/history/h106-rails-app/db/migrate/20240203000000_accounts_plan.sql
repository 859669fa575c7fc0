-- case: Rails' DDL transaction (raw SQL run by execute): add_column with a default, change_column_null with a backfill in the same transaction
-- assume-in-transaction: true
-- expect: require-lock-timeout@4, unbatched-backfill@5, lock-held-during-slow-operation@5, set-not-null@6
ALTER TABLE public.accounts ADD COLUMN plan character varying DEFAULT 'free';
UPDATE public.accounts SET plan = 'free' WHERE plan IS NULL;
ALTER TABLE public.accounts ALTER COLUMN plan SET NOT NULL;
