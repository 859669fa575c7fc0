-- Revert metrics:init from pg

BEGIN;
DROP TABLE account_notes, accounts, events_2024_03, events;
COMMIT;
