-- case: pgslice's swap, once the partitioned copy is filled and kept in sync: it takes the old name in the same transaction
-- expect: clean

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE measurements RENAME TO measurements_retired;
ALTER TABLE measurements_intermediate RENAME TO measurements;
ALTER SEQUENCE measurements_id_seq OWNED BY measurements.id;
COMMIT;
