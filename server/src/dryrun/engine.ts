// The dry-run: a migration's statements, one by one, inside one transaction that is always rolled back,
// reporting per statement what the server did (status, time, rows, locks on pre-existing relations, rewrites,
// the error mapped onto the file).
//
// Locks: after each statement the backend's own pg_locks rows are compared with those before it (see
// statementLocks for the modes an earlier statement already holds). No savepoints: releasing one hands its locks
// to the transaction, so they would not separate one statement's locks from another's, and after an error the
// remaining statements are skipped anyway (in the migration tool the transaction is aborted there too).
//
// Statements PostgreSQL refuses inside a transaction block (CONCURRENTLY, VACUUM, ...) are never run against a
// database the user named: they are `not-run`. On a scratch database (embedded PGlite, thrown away afterwards) the
// transaction so far is committed, the statement runs on its own as the tool would run it, and a new transaction
// continues; its locks are released before they can be read, so they are the ones PostgreSQL documents.
import { blockedOperations, LockMode } from '../facts/locks';
import { LineIndex } from '../syntax/positions';
import { codePointToUtf16Offset } from '../syntax/positions';
import { scanTokens } from '../syntax/parse';
import { failedDataLine, send } from './copyFromStdin';
import { Database, DatabaseError } from './database';
import { existingRelations, ExistingRelation, heldLocks, observe, rewrittenRelations, statementLocks } from './locks';
import { PlannedStatement } from './statements';

export interface Range {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export type StatementStatus = 'ok' | 'error' | 'skipped' | 'not-run';

/** One entry of the spec's `statements` array (docs/schemas/dry-run-output.schema.json). */
export interface StatementReport {
  index: number;
  range: Range;
  sql: string;
  status: StatementStatus;
  reason?: string;
  durationMs: number | null;
  rowsAffected: number | null;
  locks: { relation: string; mode: LockMode; blocks: string[] }[];
  rewrites: string[];
  error: { message: string; code?: string; range?: Range } | null;
}

export type ProgressEvent =
  | { event: 'statement'; state: 'started'; index: number }
  | { event: 'statement'; state: 'finished'; index: number; status: StatementStatus; durationMs: number | null };

export interface DryRunOptions {
  db: Database;
  /** The file's full text (ranges are computed against it). */
  text: string;
  statements: readonly PlannedStatement[];
  /**
   * True for a throwaway database nobody named (the embedded PGlite scratch copy): statements that cannot run in a
   * transaction run for real, outside it. False for a user's database: they are reported `not-run`.
   */
  scratch: boolean;
  /** statement_timeout for each statement, in ms (0: none). */
  statementTimeoutMs: number;
  onProgress?: (event: ProgressEvent) => void;
  /** Aborted: the statements not started yet are `skipped` (the caller cancels the running one on the server). */
  signal?: AbortSignal;
}

const CANCELLED = 'the dry-run was cancelled before this statement';

const TIMEOUT_OPEN = (ms: number) => `SET LOCAL statement_timeout = ${Math.max(0, Math.floor(ms))}`;

/** Runs the statements and rolls everything back, also when a statement or the connection fails. */
export async function runDryRun(options: DryRunOptions): Promise<StatementReport[]> {
  const { db, statements, signal } = options;
  const lines = new LineIndex(options.text);
  const rangeOf = (start: number, end: number): Range => {
    const s = lines.positionAt(start);
    const e = lines.positionAt(end);
    return { start: { line: s.line + 1, column: s.character + 1 }, end: { line: e.line + 1, column: e.character + 1 } };
  };

  const reports: StatementReport[] = [];
  /** The statement that ran and whose locks and rewrites are being read. */
  let unread: StatementReport | undefined;
  let inTransaction = false;
  const begin = async (): Promise<void> => {
    await db.query('BEGIN');
    inTransaction = true;
    await db.query(TIMEOUT_OPEN(options.statementTimeoutMs));
  };
  try {
    const preExisting = await existingRelations(db);
    await begin();
    let relfilenodes: ReadonlyMap<string, string> = new Map(
      [...preExisting].map(([oid, relation]) => [oid, relation.relfilenode]),
    );
    let held = await heldLocks(db);
    let stopped: string | undefined;
    for (const [i, statement] of statements.entries()) {
      const report: StatementReport = {
        index: i + 1,
        range: rangeOf(statement.start, statement.end),
        sql: statement.text,
        status: 'ok',
        durationMs: null,
        rowsAffected: null,
        locks: [],
        rewrites: [],
        error: null,
      };
      reports.push(report);
      if (!stopped && signal?.aborted) stopped = CANCELLED;
      if (stopped) {
        report.status = 'skipped';
        report.reason = stopped;
        continue;
      }
      if (statement.transactionControl) {
        report.status = 'not-run';
        report.reason =
          'transaction control: the dry-run runs the whole migration in one transaction of its own and rolls it back';
        continue;
      }
      if (statement.nonTransactional && !options.scratch) {
        report.status = 'not-run';
        report.reason =
          `${statement.nonTransactional} cannot run inside a transaction, and the dry-run never runs outside one ` +
          'against a database you named (nothing may be committed there)';
        continue;
      }
      const copy = statement.copyFromStdin;
      if (copy?.unfed) {
        // Sent, the server would wait for data the tool never sends: report what the tool gets instead.
        report.status = 'error';
        report.error = {
          message: copy.unfed,
          range: rangeOf(statement.start + copy.stdin.start, statement.start + copy.stdin.end),
        };
        stopped = `statement ${report.index} failed: the migration's transaction is aborted`;
        options.onProgress?.({
          event: 'statement',
          state: 'finished',
          index: report.index,
          status: 'error',
          durationMs: null,
        });
        continue;
      }
      options.onProgress?.({ event: 'statement', state: 'started', index: report.index });
      const outside = Boolean(statement.nonTransactional);
      if (outside) {
        await db.query('COMMIT');
        inTransaction = false;
        held = new Map();
      }
      const started = performance.now();
      try {
        const result = await send(db, statement);
        report.durationMs = round(performance.now() - started);
        if (statement.countsRows) report.rowsAffected = result.rowCount;
      } catch (error) {
        report.durationMs = round(performance.now() - started);
        if (!(error instanceof DatabaseError)) throw error;
        report.status = 'error';
        report.error = {
          message: error.message,
          code: error.code,
          range: errorRange(statement, error, rangeOf),
        };
        stopped = signal?.aborted
          ? CANCELLED
          : `statement ${report.index} failed: the migration's transaction is aborted`;
        options.onProgress?.({
          event: 'statement',
          state: 'finished',
          index: report.index,
          status: 'error',
          durationMs: report.durationMs,
        });
        continue;
      }
      unread = report;
      const observed = await observe(db, preExisting);
      report.rewrites = rewrittenRelations(preExisting, relfilenodes, observed.relfilenodes);
      relfilenodes = observed.relfilenodes;
      if (outside) {
        report.reason =
          `${statement.nonTransactional} cannot run inside a transaction: it ran on its own on the scratch database ` +
          '(which is discarded); its locks are the ones PostgreSQL documents, released before they can be read';
        report.locks = withBlocks(expectedLocks(statement, preExisting));
        unread = undefined;
        await begin();
        held = await heldLocks(db);
      } else {
        const after = observed.held;
        report.locks = withBlocks(statementLocks(held, after, preExisting, statement.facts?.locks.map(asExpected)));
        held = after;
        unread = undefined;
      }
      options.onProgress?.({
        event: 'statement',
        state: 'finished',
        index: report.index,
        status: report.status,
        durationMs: report.durationMs,
      });
    }
  } catch (error) {
    // Cancelled while the dry-run read the catalog (the cancel reached the server between statements, or the
    // embedded engine was stopped there): what ran so far is the report.
    if (!signal?.aborted) throw error;
    if (unread) unread.reason = 'the dry-run was cancelled before the locks this statement took were read';
  } finally {
    if (inTransaction) await db.query('ROLLBACK').catch(() => undefined);
  }
  for (const statement of statements.slice(reports.length)) {
    reports.push({
      index: reports.length + 1,
      range: rangeOf(statement.start, statement.end),
      sql: statement.text,
      status: 'skipped',
      reason: CANCELLED,
      durationMs: null,
      rowsAffected: null,
      locks: [],
      rewrites: [],
      error: null,
    });
  }
  return reports;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function asExpected(lock: { relation: { key: string }; mode: LockMode }): { key: string; mode: LockMode } {
  return { key: lock.relation.key, mode: lock.mode };
}

/** The locks a statement's parse says it takes, on relations that existed before the migration. */
function expectedLocks(statement: PlannedStatement, relations: ReadonlyMap<string, ExistingRelation>) {
  const names = new Set([...relations.values()].map((r) => r.name));
  return (statement.facts?.locks ?? [])
    .filter((lock) => names.has(lock.relation.key))
    .map((lock) => ({ relation: lock.relation.key, mode: lock.mode }));
}

function withBlocks(locks: readonly { relation: string; mode: LockMode }[]): StatementReport['locks'] {
  return locks.map((lock) => ({ ...lock, blocks: blockedOperations(lock.mode) }));
}

/**
 * PostgreSQL's `position` is a 1-based character index into the statement as sent: the token there, in the
 * file's coordinates. A COPY whose data failed: the data line the server names. Else the whole statement.
 */
export function errorRange(
  statement: PlannedStatement,
  { position, where }: Pick<DatabaseError, 'position' | 'where'>,
  rangeOf: (start: number, end: number) => Range,
): Range {
  const line = failedDataLine(statement.copyFromStdin, where);
  if (line) return rangeOf(line.start, line.end);
  if (position === undefined) return rangeOf(statement.start, statement.end);
  const offset = codePointToUtf16Offset(statement.text, position - 1);
  const token = scanTokens(statement.text).find((t) => t.start <= offset && offset < t.end);
  const start = token?.start ?? offset;
  const end = token?.end ?? Math.min(offset + 1, statement.text.length);
  return rangeOf(statement.start + start, statement.start + Math.max(end, start));
}
