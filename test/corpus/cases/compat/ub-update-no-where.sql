-- case: normalise every email in one UPDATE
-- expect: unbatched-backfill@4

UPDATE users SET email = lower(email);
