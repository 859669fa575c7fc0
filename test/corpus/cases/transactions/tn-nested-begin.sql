-- case: nested BEGIN, then one COMMIT too many
-- expect: transaction-nesting@7, transaction-nesting@10

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE projects ADD COLUMN archived_at timestamptz;
BEGIN;
ALTER TABLE projects ADD COLUMN archived_by bigint;
COMMIT;
COMMIT;
