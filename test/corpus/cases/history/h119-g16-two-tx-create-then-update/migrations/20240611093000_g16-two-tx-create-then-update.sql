-- case: table created in the first transaction, fully updated in a later one of the same file
-- expect: clean

BEGIN;
CREATE TABLE feature_flags (name text PRIMARY KEY, enabled boolean);
INSERT INTO feature_flags VALUES ('new_checkout', NULL), ('dark_mode', NULL);
COMMIT;

BEGIN;
UPDATE feature_flags SET enabled = false;
COMMIT;
