-- case: setval after a bulk import: RowExclusiveLock only
-- expect: clean
-- tool: plain

SELECT setval('legacy_events_id_seq', (SELECT coalesce(max(id), 0) + 1 FROM legacy_events), false);
SELECT setval(pg_get_serial_sequence('customers', 'id'), 50000);
