-- case: DO block that updates every row
-- expect: unbatched-backfill@6

DO $$
BEGIN
  UPDATE users SET locale = 'en';
END
$$;
