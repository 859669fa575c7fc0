-- case: Supabase: ADD COLUMN with an inline CHECK scans every existing row under AccessExclusiveLock to validate it (it cannot be NOT VALID), even though the new column is all NULL
-- expect: constraint-without-not-valid@4, require-lock-timeout@4
-- tool: supabase
alter table public.listings
add column promo_code text check (char_length(promo_code) <= 40);
