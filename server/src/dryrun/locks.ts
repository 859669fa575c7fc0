// What a statement did to the relations that existed before the migration, as the server itself shows it:
// the relation locks its own backend holds (pg_locks) and the storage it replaced (pg_class.relfilenode).
import { LOCK_MODES, LockMode, lockStrength } from '../facts/locks';
import { Database } from './database';

export interface ExistingRelation {
  /** `schema.name` as PostgreSQL spells it. */
  name: string;
  /** pg_class.relkind: r table, p partitioned table, i/I index, m materialized view, v view, f foreign table. */
  kind: string;
  /** 0 for relations without storage of their own (views, partitioned tables). */
  relfilenode: string;
}

/** oid (as text) → relation. */
export type RelationCatalog = ReadonlyMap<string, ExistingRelation>;

/** oid → the modes the own backend holds on it. */
export type HeldLocks = ReadonlyMap<string, ReadonlySet<LockMode>>;

const USER_RELATIONS = `
  SELECT c.oid::int8::text AS oid, n.nspname || '.' || c.relname AS name, c.relkind::text AS kind,
         c.relfilenode::int8::text AS relfilenode
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'i', 'I', 'm', 'v', 'f')
     AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'`;

/** The user relations as they are now (taken before the migration: "pre-existing"). */
export async function existingRelations(db: Database): Promise<Map<string, ExistingRelation>> {
  const { rows } = await db.query(USER_RELATIONS);
  return new Map(
    rows.map((row) => [
      String(row.oid),
      { name: String(row.name), kind: String(row.kind), relfilenode: String(row.relfilenode) },
    ]),
  );
}

// No filter on the database: callers look the oids up among the current database's user relations.
const OWN_LOCKS = `
  SELECT 'lock' AS what, relation::int8::text AS oid, mode AS value FROM pg_locks
   WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted`;

/** The relation locks the own backend holds right now. */
export async function heldLocks(db: Database): Promise<Map<string, Set<LockMode>>> {
  return locksFrom((await db.query(OWN_LOCKS)).rows);
}

function locksFrom(rows: readonly Record<string, unknown>[]): Map<string, Set<LockMode>> {
  const held = new Map<string, Set<LockMode>>();
  for (const row of rows) {
    const mode = String(row.value) as LockMode;
    if (row.what !== 'lock' || !LOCK_MODES.includes(mode)) continue;
    const oid = String(row.oid);
    let modes = held.get(oid);
    if (!modes) held.set(oid, (modes = new Set()));
    modes.add(mode);
  }
  return held;
}

/**
 * After a statement, in one round trip: the locks held, and the storage file of each pre-existing relation
 * (a relation that is gone is missing from the result).
 */
export async function observe(
  db: Database,
  relations: RelationCatalog,
): Promise<{ held: Map<string, Set<LockMode>>; relfilenodes: Map<string, string> }> {
  // The oids inline (they are digits from existingRelations): as a $1 parameter PGlite plans the query about
  // seven times slower, and this runs after every statement.
  const oids = [...relations.keys()].filter((oid) => /^\d+$/.test(oid));
  const { rows } = await db.query(
    `${OWN_LOCKS}
     UNION ALL
     SELECT 'file', oid::int8::text, relfilenode::int8::text FROM pg_class WHERE oid = ANY ('{${oids.join(',')}}'::oid[])`,
  );
  const relfilenodes = new Map<string, string>();
  for (const row of rows) if (row.what === 'file') relfilenodes.set(String(row.oid), String(row.value));
  return { held: locksFrom(rows), relfilenodes };
}

export interface ObservedLock {
  relation: string;
  mode: LockMode;
}

/**
 * The locks one statement took on pre-existing relations: the strongest mode per relation among
 *  - modes held after it that were not held before it (what pg_locks shows as new), and
 *  - modes the statement asks for (`expected`, from its parse) that an earlier statement of the same transaction
 *    already holds. The server grants those again without a new pg_locks row, so a diff alone would say a second
 *    ALTER TABLE on `orders` takes nothing, while the user needs to read "takes AccessExclusiveLock on orders".
 * One mode per relation: a stronger mode blocks every application statement a weaker one blocks.
 * Index locks are reported only when they stop more than schema changes (REINDEX, DROP INDEX): reading a table
 * also locks each of its indexes, which would bury the table's own lock in noise.
 */
export function statementLocks(
  before: HeldLocks,
  after: HeldLocks,
  relations: RelationCatalog,
  expected: readonly { key: string; mode: LockMode }[] = [],
): ObservedLock[] {
  const strongest = new Map<string, LockMode>();
  const note = (oid: string, mode: LockMode): void => {
    const relation = relations.get(oid);
    if (!relation) return;
    if ((relation.kind === 'i' || relation.kind === 'I') && lockStrength(mode) < lockStrength('ShareLock')) return;
    const current = strongest.get(relation.name);
    if (current === undefined || lockStrength(mode) > lockStrength(current)) strongest.set(relation.name, mode);
  };
  for (const [oid, modes] of after) {
    const had = before.get(oid);
    for (const mode of modes) if (!had?.has(mode)) note(oid, mode);
  }
  if (expected.length > 0) {
    const byName = new Map([...relations].map(([oid, relation]) => [relation.name, oid]));
    for (const { key, mode } of expected) {
      const oid = byName.get(key);
      if (oid !== undefined && before.get(oid)?.has(mode) && after.get(oid)?.has(mode)) note(oid, mode);
    }
  }
  return [...strongest]
    .map(([relation, mode]) => ({ relation, mode }))
    .sort((a, b) => a.relation.localeCompare(b.relation));
}

/**
 * Pre-existing relations whose storage file changed (a table or index rewrite), from their relfilenodes before
 * and after a statement (oid → relfilenode).
 */
export function rewrittenRelations(
  relations: RelationCatalog,
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  const rewritten: string[] = [];
  for (const [oid, relation] of relations) {
    const was = before.get(oid);
    const now = after.get(oid);
    if (was === undefined || now === undefined || was === '0' || now === was) continue;
    rewritten.push(relation.name);
  }
  return rewritten.sort();
}
