-- case: Django's sqlsequencereset output: setval() takes only the RowExclusiveLock nextval() takes
-- expect: clean

BEGIN;
SELECT setval(pg_get_serial_sequence('"billing_invoice"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "billing_invoice";
COMMIT;
