// The lock_timeout Sluice writes into the SQL it generates (quick fixes, rollback scripts, scaffold steps): one
// value, the one docs/rules/require-lock-timeout.md recommends and the snippets offer first.
//
// Why 2s: a DDL statement waiting for its lock also blocks every query queued behind it, so that wait is downtime.
// Two seconds lets ordinary short transactions finish ahead of it, while requests stuck behind it stall briefly
// instead of timing out; if the lock is not free by then the migration fails cleanly and can simply be re-run.
export const LOCK_TIMEOUT = '2s';

/** `SET lock_timeout = '2s';`; `SET LOCAL` (it ends with the transaction) when `local`. */
export function setLockTimeoutSql(local = false): string {
  return `${local ? 'SET LOCAL' : 'SET'} lock_timeout = '${LOCK_TIMEOUT}';`;
}

/**
 * What ends a plain SET: it lasts for the session, so a tool that keeps its connection (golang-migrate, Prisma,
 * a pool) would carry it into the application's queries.
 */
export const RESET_LOCK_TIMEOUT_SQL = 'RESET lock_timeout;';
