-- case: placeholder ids are replaced, then both columns are made NOT NULL, all in Diesel's one transaction:
-- case: each UPDATE holds its rows until commit while a later SET NOT NULL waits for an AccessExclusiveLock on the
-- case: same table; each SET NOT NULL scans (no validated CHECK), and the second scan runs while the first
-- case: table's AccessExclusiveLock is still held.
-- expect: unbatched-backfill@9, unbatched-backfill@11, require-lock-timeout@13, set-not-null@13
-- expect: set-not-null@14, lock-held-during-slow-operation@14
-- tool: diesel

UPDATE shops SET remote_id = 'shop-' || id WHERE remote_id = 'pending';

UPDATE sellers SET remote_id = 'seller-' || id WHERE remote_id = 'pending';

ALTER TABLE shops ALTER COLUMN remote_id SET NOT NULL;
ALTER TABLE sellers ALTER COLUMN remote_id SET NOT NULL;
