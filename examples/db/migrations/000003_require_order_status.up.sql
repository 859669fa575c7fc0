-- Scans the whole table while holding an ACCESS EXCLUSIVE lock.
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
