-- case: UPDATE ONLY / schema-qualified / quoted names, no WHERE
-- expect: unbatched-backfill@4, unbatched-backfill@5, unbatched-backfill@6, unbatched-backfill@7

UPDATE ONLY users SET locale = 'en';
UPDATE public.orders SET currency = 'USD';
UPDATE "sessions" AS s SET token = md5(s.token);
DELETE FROM ONLY public."audit_log";
