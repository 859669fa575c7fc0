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

/** The relation locks the own backend holds right now. */
export async function heldLocks(db: Database): Promise<Map<string, Set<LockMode>>> {
  const { rows } = await db.query(
    `SELECT relation::int8::text AS oid, mode FROM pg_locks
      WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  const held = new Map<string, Set<LockMode>>();
  for (const row of rows) {
    const mode = String(row.mode) as LockMode;
    if (!LOCK_MODES.includes(mode)) continue;
    const oid = String(row.oid);
    let modes = held.get(oid);
    if (!modes) held.set(oid, (modes = new Set()));
    modes.add(mode);
  }
  return held;
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

/** Pre-existing relations whose storage file changed between two catalogs (a table or index rewrite). */
export function rewrittenRelations(before: RelationCatalog, after: RelationCatalog): string[] {
  const rewritten: string[] = [];
  for (const [oid, was] of before) {
    const now = after.get(oid);
    if (!now || was.relfilenode === '0' || now.relfilenode === was.relfilenode) continue;
    rewritten.push(was.name);
  }
  return rewritten.sort();
}
