-- case: a later release makes the backfilled column NOT NULL; no validated CHECK (suspended IS NOT NULL) exists,
-- case: so SET NOT NULL scans the whole live table under AccessExclusiveLock.
-- tool: flyway
-- expect: require-lock-timeout@9, set-not-null@9
/*
 * Every customer has a suspended flag by now.
 */

ALTER TABLE customer
ALTER COLUMN suspended SET NOT NULL;
