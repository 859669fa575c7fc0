-- case: invoice numbers restart above the imported ones; ALTER SEQUENCE takes a ShareRowExclusiveLock that makes every INSERT taking nextval() from it wait
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER SEQUENCE invoices_number_seq RESTART WITH 100000;
