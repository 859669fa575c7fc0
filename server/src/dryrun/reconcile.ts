// Reconciliation: what a migration must leave alone. User invariants (`-- sluice-reconcile: SELECT ...`) give the
// same value before the up, after it and after the down; tables the up script never names keep their row count
// and row checksum across the up. verify-rollback asks these questions at its checkpoints.
import { scanTokens } from '../syntax/parse';
import { splitStatements } from '../syntax/split';
import { readReconcileDirectives } from '../syntax/directives';
import { tableChecksums, tableRowCounts } from './catalog';
import { Database, DatabaseError } from './database';
import { PlannedStatement } from './statements';

export interface Invariant {
  query: string;
  /** UTF-16 offsets of the directive comment in the migration file. */
  start: number;
  end: number;
}

/** An invariant's value at one checkpoint, or why it could not be computed. */
export type InvariantValue = { value: string } | { error: string };

export interface TableState {
  rows: number;
  checksum: string;
}

/** The `-- sluice-reconcile:` invariants of a migration file (both sections of a goose/dbmate file). */
export function invariantsOf(text: string): Invariant[] {
  return readReconcileDirectives(splitStatements(text).comments).map((d) => ({
    query: d.query,
    start: d.start,
    end: d.end,
  }));
}

/**
 * The query's result as one comparable string: a single value as its text (NULL as `NULL`), anything else as
 * the JSON of all rows. Inside the caller's transaction (`guarded`) a failing query must not abort it, so it runs
 * under a savepoint.
 */
export async function evaluateInvariant(db: Database, query: string, guarded: boolean): Promise<InvariantValue> {
  if (guarded) await db.query('SAVEPOINT sluice_reconcile');
  try {
    const { rows } = await db.query(query);
    if (guarded) await db.query('RELEASE SAVEPOINT sluice_reconcile');
    const only = rows.length === 1 ? Object.values(rows[0]) : [];
    if (only.length === 1) return { value: only[0] === null ? 'NULL' : String(only[0]) };
    return { value: JSON.stringify(rows) };
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    if (guarded) await db.query('ROLLBACK TO SAVEPOINT sluice_reconcile');
    return { error: `${error.message} (SQLSTATE ${error.code})` };
  }
}

export function sameValue(a: InvariantValue, b: InvariantValue): boolean {
  return 'value' in a && 'value' in b && a.value === b.value;
}

export function shownValue(value: InvariantValue): string {
  return 'value' in value ? value.value : `error: ${value.error}`;
}

/** Row count and row checksum of every ordinary user table ('public.t' → state). */
export async function tableStates(db: Database): Promise<Map<string, TableState>> {
  const [counts, checksums] = [await tableRowCounts(db), await tableChecksums(db)];
  return new Map([...counts].map(([table, rows]) => [table, { rows, checksum: checksums.get(table) ?? '' }]));
}

/** An identifier token as PostgreSQL folds it: quoted kept as written, bare lower-cased. */
function identifierName(token: string): string {
  return token.startsWith('"') && token.endsWith('"') ? token.slice(1, -1).replace(/""/g, '"') : token.toLowerCase();
}

/** Every name the text mentions, including inside dollar-quoted bodies (DO blocks, functions). */
function mentionedNames(text: string, into: Set<string>, depth = 0): void {
  for (const token of scanTokens(text)) {
    const dollar = /^(\$[^$]*\$)([\s\S]*)\1$/.exec(token.text);
    if (dollar) {
      if (depth < 4) mentionedNames(dollar[2], into, depth + 1);
      continue;
    }
    if (token.text.startsWith("'")) continue;
    into.add(identifierName(token.text));
  }
}

/**
 * The tables (keys `schema.name` among `tables`) the script may change: those its statements lock by name (the
 * parse facts), plus any whose name appears anywhere in it, DO and function bodies included. Unqualified mentions
 * count for every schema: a table the up script might mean is never called untouched.
 */
export function tablesNamedBy(statements: readonly PlannedStatement[], tables: Iterable<string>): Set<string> {
  const locked = new Set<string>();
  const names = new Set<string>();
  for (const statement of statements) {
    for (const lock of statement.facts?.locks ?? []) locked.add(lock.relation.key);
    mentionedNames(statement.text, names);
  }
  const touched = new Set<string>();
  for (const table of tables) {
    const dot = table.indexOf('.');
    const name = table.slice(dot + 1);
    if (locked.has(table) || names.has(name) || names.has(table)) touched.add(table);
  }
  return touched;
}
