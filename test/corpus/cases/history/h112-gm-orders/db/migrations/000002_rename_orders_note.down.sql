-- case: the down renames it back: undoes its own up, not flagged
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders RENAME COLUMN memo TO note;
