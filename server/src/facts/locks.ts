// PostgreSQL's table-level lock modes and what each one makes other sessions wait for.
// Source: the lock conflict table of PostgreSQL's "Explicit Locking" chapter.

export type LockMode =
  | 'AccessShareLock'
  | 'RowShareLock'
  | 'RowExclusiveLock'
  | 'ShareUpdateExclusiveLock'
  | 'ShareLock'
  | 'ShareRowExclusiveLock'
  | 'ExclusiveLock'
  | 'AccessExclusiveLock';

export const LOCK_MODES: readonly LockMode[] = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];

export function lockStrength(mode: LockMode): number {
  return LOCK_MODES.indexOf(mode);
}

export function strongerLock(a: LockMode | undefined, b: LockMode): LockMode {
  return a === undefined || lockStrength(b) > lockStrength(a) ? b : a;
}

const CONFLICTS: Record<LockMode, readonly LockMode[]> = {
  AccessShareLock: ['AccessExclusiveLock'],
  RowShareLock: ['ExclusiveLock', 'AccessExclusiveLock'],
  RowExclusiveLock: ['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  ShareUpdateExclusiveLock: [
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  ShareLock: [
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  ShareRowExclusiveLock: [
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  ExclusiveLock: [
    'RowShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  AccessExclusiveLock: LOCK_MODES,
};

/**
 * ALTER SEQUENCE's lock on the sequence for RESTART, INCREMENT, AS, CACHE, OWNED BY... (verified on PostgreSQL 15;
 * RENAME, SET SCHEMA, OWNER TO and SET LOGGED/UNLOGGED take an AccessExclusiveLock, as ALTER TABLE does). It
 * conflicts with the RowExclusiveLock nextval() takes: INSERTs that take a default from the sequence wait.
 */
export const SEQUENCE_OPTIONS_LOCK: LockMode = 'ShareRowExclusiveLock';

/** The everyday statements an application runs, and the lock each takes on the table. */
const APPLICATION_OPERATIONS: readonly { operation: string; lock: LockMode }[] = [
  { operation: 'SELECT', lock: 'AccessShareLock' },
  { operation: 'SELECT FOR UPDATE', lock: 'RowShareLock' },
  { operation: 'INSERT', lock: 'RowExclusiveLock' },
  { operation: 'UPDATE', lock: 'RowExclusiveLock' },
  { operation: 'DELETE', lock: 'RowExclusiveLock' },
];

export function conflicts(held: LockMode, requested: LockMode): boolean {
  return CONFLICTS[held].includes(requested);
}

/** Application statements that wait while `mode` is held, e.g. ShareLock → INSERT, UPDATE, DELETE. */
export function blockedOperations(mode: LockMode): string[] {
  return APPLICATION_OPERATIONS.filter((op) => conflicts(mode, op.lock)).map((op) => op.operation);
}

/** True when the lock makes reads or writes wait: ShareLock or stronger. */
export function blocksReadsOrWrites(mode: LockMode): boolean {
  return lockStrength(mode) >= lockStrength('ShareLock');
}

/** What application work the lock holds up: `reads and writes`, `writes`, or `schema changes`. */
export function blockedWork(mode: LockMode): string {
  if (mode === 'AccessExclusiveLock') return 'reads and writes';
  if (blocksReadsOrWrites(mode)) return 'writes';
  return 'schema changes';
}

/** The SQL name of a lock mode, e.g. ACCESS EXCLUSIVE. */
export function sqlLockName(mode: LockMode): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}
