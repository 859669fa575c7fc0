-- case: REINDEX CONCURRENTLY inside BEGIN
-- expect: concurrently-in-transaction@5

BEGIN;
REINDEX INDEX CONCURRENTLY users_email_idx;
COMMIT;
