-- case: a hand-written idempotent migration: the column add is guarded by IF NOT EXISTS and the constraint by a
-- case: pg_constraint lookup in a DO block. The block's ALTER still runs on the first deploy: a CHECK without
-- case: NOT VALID scans every row of the live table under an AccessExclusiveLock, even though the column it
-- case: checks was only just added and holds NULLs.
-- expect: require-lock-timeout@7, constraint-without-not-valid@18

ALTER TABLE media.assets
    ADD COLUMN IF NOT EXISTS checksum bytea;

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1
        FROM pg_constraint
        WHERE conname = 'assets_checksum_len'
          AND conrelid = 'media.assets'::regclass
    ) THEN
        ALTER TABLE media.assets
            ADD CONSTRAINT assets_checksum_len
            CHECK (checksum IS NULL OR octet_length(checksum) = 64);
    END IF;
END $$;
