// The rollback test: for each migration, in order, apply the up script, then its down, and compare the schema
// and row counts with the state before the up; then apply the up again (it must succeed on what the down left,
// and the next migration runs on top of it). Reconciliation is checked at the same points (reconcile.ts), and a
// batched backfill's per-batch NOTICEs are collected.
//
// On a scratch database (embedded PGlite, discarded afterwards) every statement runs for real in autocommit, so
// CONCURRENTLY and backfills that COMMIT per batch run as the tool would run them. On a database the user named,
// everything runs inside ONE transaction that is always rolled back: a migration holding a statement that cannot
// run in a transaction is `not-run` (with the statement and the reason), and verification stops there.
import { LineIndex } from '../syntax/positions';
import { diffSchemas, snapshotSchema, tableRowCounts } from './catalog';
import { send } from './copyFromStdin';
import { Database, DatabaseError } from './database';
import { errorRange, Range } from './engine';
import {
  evaluateInvariant,
  Invariant,
  InvariantValue,
  sameValue,
  shownValue,
  tablesNamedBy,
  TableState,
  tableStates,
} from './reconcile';
import { PlannedStatement } from './statements';

export interface Script {
  /** As shown in reports (the path relative to the current folder). */
  file: string;
  /** The whole file's text: ranges are computed against it. */
  text: string;
  statements: readonly PlannedStatement[];
}

export interface MigrationUnderTest {
  up: Script;
  /** The down/undo side, or why there is none (with where the tool expects it). */
  down: Script | { missing: string };
  invariants: readonly Invariant[];
}

export type StepName = 'up' | 'down' | 'up-again';
export type StepStatus = 'ok' | 'error' | 'not-run' | 'skipped';

export interface BatchReport {
  /** 1-based index of the statement among the step's statements. */
  statement: number;
  rows: number;
  durationMs: number;
}

export interface StepReport {
  /** The up script of the migration this step belongs to. */
  migration: string;
  name: StepName;
  /** The file whose statements ran (the down file, or the migration itself for a down section). */
  file: string;
  status: StepStatus;
  reason?: string;
  durationMs: number | null;
  /** Statements executed (transaction control of the file is never sent). */
  statements: number;
  error: { message: string; code?: string; range?: Range } | null;
  /** Batches a backfill reported (`RAISE NOTICE 'sluice-batch rows=N ms=T'`), in order. */
  batches?: BatchReport[];
}

export interface Difference {
  migration: string;
  /** A catalog key (`public.charges.total_amount`, `index public.x`, ...) or `rows public.t` for a row count. */
  object: string;
  before: string | number | null;
  after: string | number | null;
}

export interface InvariantReport {
  query: string;
  range: Range;
  before: string;
  afterUp: string | null;
  afterDown: string | null;
  ok: boolean;
}

export interface ChangedTable {
  table: string;
  before: TableState;
  afterUp: TableState;
}

export interface ReconciliationReport {
  migration: string;
  invariants: InvariantReport[];
  /** Tables the up script does not name: how many were compared across the up, and those that changed. */
  untouchedTables: { checked: number; changed: ChangedTable[] };
}

export interface VerifyResult {
  ok: boolean;
  steps: StepReport[];
  differences: Difference[];
  reconciliation: ReconciliationReport[];
}

export interface VerifyOptions {
  db: Database;
  /** True for the embedded scratch database; false for a database the user named (one rolled-back transaction). */
  scratch: boolean;
  migrations: readonly MigrationUnderTest[];
  /** statement_timeout per statement, in ms (0: none). */
  statementTimeoutMs: number;
  /**
   * Aborted: no further statement starts, and verifyRollback rejects with the signal's reason after rolling back
   * (the caller cancels the running statement on the server).
   */
  signal?: AbortSignal;
}

const BATCH_NOTICE = /^sluice-batch rows=(\d+) ms=([\d.]+)/;

function rangeIn(text: string): (start: number, end: number) => Range {
  const lines = new LineIndex(text);
  return (start, end) => {
    const s = lines.positionAt(start);
    const e = lines.positionAt(end);
    return { start: { line: s.line + 1, column: s.character + 1 }, end: { line: e.line + 1, column: e.character + 1 } };
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The first statement a named database cannot run inside the verification's transaction, described. */
function outsideTransaction(script: Script): string | undefined {
  const statement = script.statements.find((s) => s.nonTransactional && !s.transactionControl);
  if (!statement) return undefined;
  const at = rangeIn(script.text)(statement.start, statement.end).start;
  return `${script.file}:${at.line}:${at.column}: ${statement.nonTransactional}`;
}

/** Runs a script's statements in order, stopping at the first error. */
async function runScript(db: Database, script: Script, step: StepReport, signal?: AbortSignal): Promise<void> {
  const rangeOf = rangeIn(script.text);
  const batches: BatchReport[] = [];
  let current = 0;
  const stopListening = db.onNotice((message) => {
    const batch = BATCH_NOTICE.exec(message);
    if (batch) batches.push({ statement: current, rows: Number(batch[1]), durationMs: Number(batch[2]) });
  });
  const started = performance.now();
  try {
    for (const statement of script.statements) {
      if (statement.transactionControl) continue;
      signal?.throwIfAborted();
      current += 1;
      step.statements = current;
      const copy = statement.copyFromStdin;
      if (copy?.unfed) {
        // Sent, the server would wait for data the tool never sends.
        step.status = 'error';
        step.error = {
          message: copy.unfed,
          range: rangeOf(statement.start + copy.stdin.start, statement.start + copy.stdin.end),
        };
        return;
      }
      try {
        await send(db, statement);
      } catch (error) {
        if (!(error instanceof DatabaseError)) throw error;
        signal?.throwIfAborted();
        step.status = 'error';
        step.error = {
          message: error.message,
          code: error.code,
          range: errorRange(statement, error, rangeOf),
        };
        return;
      }
    }
  } finally {
    stopListening();
    step.durationMs = round(performance.now() - started);
    if (batches.length > 0) step.batches = batches;
  }
}

interface Checkpoint {
  schema: Awaited<ReturnType<typeof snapshotSchema>>;
  tables: Map<string, TableState>;
  invariants: InvariantValue[];
}

async function invariantValues(db: Database, migration: MigrationUnderTest, guarded: boolean) {
  const values: InvariantValue[] = [];
  for (const invariant of migration.invariants) values.push(await evaluateInvariant(db, invariant.query, guarded));
  return values;
}

/**
 * Verifies each migration in order. On a named database the caller's connection must be idle: this opens the
 * transaction and always rolls it back, also when a statement or the connection fails.
 */
export async function verifyRollback(options: VerifyOptions): Promise<VerifyResult> {
  const { db, scratch } = options;
  const result: VerifyResult = { ok: true, steps: [], differences: [], reconciliation: [] };
  const timeout = Math.max(0, Math.floor(options.statementTimeoutMs));
  let stopped: string | undefined;
  let inTransaction = false;

  const newStep = (migration: MigrationUnderTest, name: StepName): StepReport => {
    const file = name === 'down' && !('missing' in migration.down) ? migration.down.file : migration.up.file;
    const step: StepReport = {
      migration: migration.up.file,
      name,
      file,
      status: 'ok',
      durationMs: null,
      statements: 0,
      error: null,
    };
    result.steps.push(step);
    return step;
  };
  const skipRest = (migration: MigrationUnderTest, names: StepName[], reason: string): void => {
    for (const name of names) Object.assign(newStep(migration, name), { status: 'skipped', reason });
  };

  try {
    if (scratch) {
      await db.query(`SET statement_timeout = ${timeout}`);
    } else {
      await db.query('BEGIN');
      inTransaction = true;
      await db.query(`SET LOCAL statement_timeout = ${timeout}`);
    }
    for (const migration of options.migrations) {
      options.signal?.throwIfAborted();
      if (stopped) {
        skipRest(migration, ['up', 'down', 'up-again'], stopped);
        continue;
      }
      const down = 'missing' in migration.down ? undefined : migration.down;
      if (!scratch) {
        const blocker = outsideTransaction(migration.up) ?? (down && outsideTransaction(down));
        if (blocker) {
          const reason =
            `${blocker} cannot run inside a transaction, and verify-rollback runs everything against a database ` +
            'you named inside one transaction it rolls back (nothing may be committed there). Run it without ' +
            '--database-url to verify this migration on the embedded database.';
          for (const name of ['up', 'down', 'up-again'] as const)
            Object.assign(newStep(migration, name), { status: 'not-run', reason });
          result.ok = false;
          stopped = `${migration.up.file} could not be verified, and later migrations build on it`;
          continue;
        }
      }
      stopped = await verifyOne(db, migration, !scratch, result, newStep, skipRest, options.signal);
    }
  } finally {
    if (inTransaction) await db.query('ROLLBACK').catch(() => undefined);
  }
  if (result.differences.length > 0) result.ok = false;
  if (result.steps.some((s) => s.status !== 'ok')) result.ok = false;
  for (const r of result.reconciliation) {
    if (r.invariants.some((i) => !i.ok) || r.untouchedTables.changed.length > 0) result.ok = false;
  }
  return result;
}

/** One migration's up → compare → down → compare → up again; returns why later migrations cannot run, if so. */
async function verifyOne(
  db: Database,
  migration: MigrationUnderTest,
  guarded: boolean,
  result: VerifyResult,
  newStep: (migration: MigrationUnderTest, name: StepName) => StepReport,
  skipRest: (migration: MigrationUnderTest, names: StepName[], reason: string) => void,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const name = migration.up.file;
  const before: Checkpoint = {
    schema: await snapshotSchema(db),
    tables: await tableStates(db),
    invariants: await invariantValues(db, migration, guarded),
  };
  const rangeOf = rangeIn(migration.up.text);
  const reconciliation: ReconciliationReport = {
    migration: name,
    invariants: migration.invariants.map((invariant, i) => ({
      query: invariant.query,
      range: rangeOf(invariant.start, invariant.end),
      before: shownValue(before.invariants[i]),
      afterUp: null,
      afterDown: null,
      ok: 'value' in before.invariants[i],
    })),
    untouchedTables: { checked: 0, changed: [] },
  };
  result.reconciliation.push(reconciliation);

  const up = newStep(migration, 'up');
  await runScript(db, migration.up, up, signal);
  if (up.status === 'error') {
    skipRest(migration, ['down', 'up-again'], 'the up script failed');
    return `${name} failed, and later migrations build on it`;
  }

  // Reconciliation across the up: invariants, and the tables the up script never names.
  const afterUpInvariants = await invariantValues(db, migration, guarded);
  afterUpInvariants.forEach((value, i) => {
    const report = reconciliation.invariants[i];
    report.afterUp = shownValue(value);
    report.ok &&= sameValue(before.invariants[i], value);
  });
  const afterUpTables = await tableStates(db);
  const named = tablesNamedBy(migration.up.statements, before.tables.keys());
  for (const [table, was] of before.tables) {
    const now = afterUpTables.get(table);
    if (named.has(table) || !now) continue;
    reconciliation.untouchedTables.checked += 1;
    if (now.rows !== was.rows || now.checksum !== was.checksum)
      reconciliation.untouchedTables.changed.push({ table, before: was, afterUp: now });
  }

  const down = newStep(migration, 'down');
  if ('missing' in migration.down) {
    down.status = 'error';
    down.error = { message: migration.down.missing };
    skipRest(migration, ['up-again'], 'the migration has no down script');
    // The up stays applied: later migrations run on top of it as they would in production.
    return undefined;
  }
  await runScript(db, migration.down, down, signal);
  if (down.status === 'error') {
    skipRest(migration, ['up-again'], 'the down script failed');
    return `the down script of ${name} failed, and later migrations build on this one`;
  }

  const afterDown = await snapshotSchema(db);
  for (const difference of diffSchemas(before.schema, afterDown))
    result.differences.push({ migration: name, ...difference });
  const counts = await tableRowCounts(db);
  for (const [table, was] of before.tables) {
    const now = counts.get(table);
    if (now !== undefined && now !== was.rows)
      result.differences.push({ migration: name, object: `rows ${table}`, before: was.rows, after: now });
  }
  const afterDownInvariants = await invariantValues(db, migration, guarded);
  afterDownInvariants.forEach((value, i) => {
    const report = reconciliation.invariants[i];
    report.afterDown = shownValue(value);
    report.ok &&= sameValue(before.invariants[i], value);
  });

  const again = newStep(migration, 'up-again');
  await runScript(db, migration.up, again, signal);
  if (again.status === 'error')
    return `${name} failed when applied again after its down, and later migrations build on it`;
  return undefined;
}
