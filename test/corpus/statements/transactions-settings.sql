-- Transaction control and the session settings that keep migrations from queueing behind locks.

-- category: transaction
BEGIN;

-- category: set
SET lock_timeout = '3s';

-- category: set
SET statement_timeout TO '15min';

-- category: set-local
SET LOCAL lock_timeout = '2s';

-- category: set-local
SET LOCAL statement_timeout = 0;

-- category: set
SET SESSION idle_in_transaction_session_timeout = '60s';

-- category: set
SET search_path TO app, public;

-- category: set
SET TIME ZONE 'UTC';

-- category: set
SET ROLE migrator;

-- category: set
SELECT set_config('lock_timeout', '1s', true);

-- category: reset
RESET lock_timeout;

-- category: reset
RESET ALL;

-- category: lock
LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE NOWAIT;

-- category: lock
SELECT pg_advisory_xact_lock(hashtext('migrations'));

-- category: transaction
SAVEPOINT before_backfill;

-- category: transaction
ROLLBACK TO SAVEPOINT before_backfill;

-- category: transaction
RELEASE SAVEPOINT before_backfill;

-- category: transaction
COMMIT;

-- category: transaction
START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

-- category: transaction
ROLLBACK;

-- category: transaction
BEGIN ISOLATION LEVEL SERIALIZABLE, READ WRITE;

-- category: transaction
END;

-- category: transaction
COMMIT AND CHAIN;
