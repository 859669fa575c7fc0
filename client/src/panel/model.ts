// What the dry-run panel shows, computed from the CLI's JSON (`sluice dry-run` / `sluice verify-rollback`).
// Pure: no vscode import, so the unit tests build models from real CLI output in one line. The page renders the
// model as given; every word the user reads is decided here.
import type { DryRunDocument } from '../../../server/src/cli/dryRun';
import type { Range, StatementReport, StatementStatus } from '../../../server/src/dryrun/engine';

export type { DryRunDocument };

/** One step of `sluice verify-rollback`: up, down, up-again, with the batches a backfill reported. */
export interface VerifyStep {
  name: string;
  file?: string;
  status: string;
  reason?: string;
  durationMs?: number | null;
  error?: { message: string; code?: string; range?: Range } | null;
  batches?: { statement: number; rows: number; durationMs: number }[];
}

export interface VerifyReconciliation {
  migration?: string;
  invariants: { query: string; ok: boolean; before?: string; afterUp?: string | null; afterDown?: string | null }[];
  untouchedTables: { checked: number; changed: { table: string }[] };
}

/** `sluice verify-rollback --format json` (the CLI spec; the fields beyond ok/steps/differences are optional here). */
export interface VerifyRollbackDocument {
  version: 1;
  ok: boolean;
  engine?: 'pglite' | 'postgres';
  serverVersion?: string;
  steps: VerifyStep[];
  differences: { object: string; before: unknown; after: unknown }[];
  reconciliation?: VerifyReconciliation[];
}

export type StageId = 'dry-run' | 'migrate' | 'backfill' | 'reconcile' | 'rollback-test';
export type StageStatus = 'running' | 'passed' | 'failed' | 'cancelled' | 'not-run';

export interface StageView {
  id: StageId;
  label: string;
  status: StageStatus;
  /** What the status label says, e.g. "passed", "1 failed", "not run". */
  statusText: string;
  detail: string;
}

export interface LockView {
  relation: string;
  mode: string;
  /** The SQL spelling of the mode, e.g. SHARE, for the tooltip. */
  sqlMode: string;
  blocks: string[];
}

/** A 0-based editor range (what vscode.Range takes). */
export interface EditorRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface RowView {
  index: number;
  status: StatementStatus;
  statusText: string;
  time: string;
  sql: string;
  rows: string;
  locks: LockView[];
  rewrites: string[];
  /** "ERROR 42P07 at 3:14: relation … already exists" */
  error: string | null;
  reason: string | null;
  /** Where the statement is in the file: what a click reveals. */
  range: EditorRange;
  /** The 1-based "line:col" of the statement, as printed. */
  at: string;
}

export interface StepView {
  label: string;
  status: string;
}

export interface DifferenceView {
  object: string;
  before: string;
  after: string;
}

export type RunState = 'running' | 'done' | 'failed' | 'cancelled';
export type RunKind = 'dry-run' | 'verify-rollback';

export interface PanelModel {
  /** Increases with every run the panel shows; the page echoes it back once rendered. */
  runId: number;
  kind: RunKind;
  state: RunState;
  /** The migration, relative to the workspace. */
  file: string;
  /** "PGlite (PostgreSQL 18.6, embedded scratch database)" or "PostgreSQL 15.4 at host:port/db". */
  engine: string;
  /** One line under the title: progress while running, the outcome after. */
  message: string;
  stages: StageView[];
  rows: RowView[];
  steps: StepView[];
  differences: DifferenceView[];
}

const STAGE_LABELS: Record<StageId, string> = {
  'dry-run': 'Dry-run',
  migrate: 'Migrate',
  backfill: 'Backfill',
  reconcile: 'Reconcile',
  'rollback-test': 'Rollback test',
};

const STATUS_TEXT: Record<StatementStatus, string> = {
  ok: 'ok',
  error: 'failed',
  skipped: 'skipped',
  'not-run': 'not run',
};

/** Thrown when the CLI printed something that is not the documented JSON. */
export class OutputError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is { line: number; column: number } {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.column);
}

function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function checkStatement(value: unknown, at: string): asserts value is StatementReport {
  const fail = (what: string): never => {
    throw new OutputError(`the dry-run output is not what this version of Sluice expects: ${at} ${what}`);
  };
  if (!isObject(value)) fail('is not an object');
  const s = value as Record<string, unknown>;
  if (!Number.isInteger(s.index)) fail('has no index');
  if (!isRange(s.range)) fail('has no range');
  if (typeof s.sql !== 'string') fail('has no sql');
  if (!['ok', 'error', 'skipped', 'not-run'].includes(s.status as string)) fail(`has status ${String(s.status)}`);
  if (s.durationMs !== null && typeof s.durationMs !== 'number') fail('has a durationMs that is not a number');
  if (s.rowsAffected !== null && typeof s.rowsAffected !== 'number') fail('has a rowsAffected that is not a number');
  if (!Array.isArray(s.rewrites) || !s.rewrites.every((r) => typeof r === 'string')) fail('has bad rewrites');
  if (
    !Array.isArray(s.locks) ||
    !s.locks.every(
      (l) =>
        isObject(l) &&
        typeof l.relation === 'string' &&
        typeof l.mode === 'string' &&
        Array.isArray(l.blocks) &&
        l.blocks.every((b) => typeof b === 'string'),
    )
  ) {
    fail('has bad locks');
  }
  if (s.error !== null && !(isObject(s.error) && typeof s.error.message === 'string')) fail('has a bad error');
  if (isObject(s.error) && s.error.range !== undefined && !isRange(s.error.range)) fail('has a bad error range');
  if (s.reason !== undefined && typeof s.reason !== 'string') fail('has a bad reason');
}

/** Parses and checks `sluice dry-run --format json` output. */
export function readDryRunDocument(text: string): DryRunDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new OutputError(`the dry-run printed no JSON: ${text.trim().slice(0, 200) || '(nothing)'}`);
  }
  if (!isObject(value) || value.version !== 1) {
    throw new OutputError(
      'the dry-run output has no "version": 1; the CLI and the extension come from different builds',
    );
  }
  if (value.engine !== 'pglite' && value.engine !== 'postgres') {
    throw new OutputError(`the dry-run output names an unknown engine ${JSON.stringify(value.engine)}`);
  }
  if (typeof value.serverVersion !== 'string' || typeof value.file !== 'string' || !Array.isArray(value.statements)) {
    throw new OutputError('the dry-run output lacks serverVersion, file or statements');
  }
  if (value.committed !== false) throw new OutputError('the dry-run output does not say committed: false');
  value.statements.forEach((s, i) => checkStatement(s, `statement ${i + 1}`));
  return value as unknown as DryRunDocument;
}

/** Parses and checks `sluice verify-rollback --format json` output. */
export function readVerifyRollbackDocument(text: string): VerifyRollbackDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new OutputError(`verify-rollback printed no JSON: ${text.trim().slice(0, 200) || '(nothing)'}`);
  }
  if (!isObject(value) || value.version !== 1 || typeof value.ok !== 'boolean') {
    throw new OutputError('the verify-rollback output has no "version": 1 and "ok"');
  }
  if (!Array.isArray(value.steps) || !Array.isArray(value.differences)) {
    throw new OutputError('the verify-rollback output lacks "steps" or "differences"');
  }
  if (!value.differences.every((d) => isObject(d) && typeof d.object === 'string')) {
    throw new OutputError('a verify-rollback difference names no "object"');
  }
  if (!value.steps.every((s) => isObject(s) && typeof s.name === 'string' && typeof s.status === 'string')) {
    throw new OutputError('a verify-rollback step has no "name" or "status"');
  }
  const reconciliation = value.reconciliation;
  if (
    reconciliation !== undefined &&
    !(
      Array.isArray(reconciliation) &&
      reconciliation.every(
        (r) =>
          isObject(r) &&
          Array.isArray(r.invariants) &&
          r.invariants.every((i) => isObject(i) && typeof i.ok === 'boolean') &&
          isObject(r.untouchedTables) &&
          Number.isInteger(r.untouchedTables.checked) &&
          Array.isArray(r.untouchedTables.changed),
      )
    )
  ) {
    throw new OutputError('the verify-rollback "reconciliation" is not in the documented shape');
  }
  return value as unknown as VerifyRollbackDocument;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function editorRange(range: Range): EditorRange {
  return {
    startLine: range.start.line - 1,
    startCharacter: range.start.column - 1,
    endLine: range.end.line - 1,
    endCharacter: range.end.column - 1,
  };
}

/** LockMode → its SQL spelling: ShareRowExclusiveLock → SHARE ROW EXCLUSIVE. */
export function sqlModeName(mode: string): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

function errorText(error: NonNullable<StatementReport['error']>): string {
  const code = error.code ? ` ${error.code}` : '';
  const at = error.range ? ` at ${error.range.start.line}:${error.range.start.column}` : '';
  return `ERROR${code}${at}: ${error.message}`;
}

export function rowView(s: StatementReport): RowView {
  return {
    index: s.index,
    status: s.status,
    statusText: STATUS_TEXT[s.status],
    time: formatDuration(s.durationMs),
    sql: s.sql,
    rows: s.rowsAffected === null ? '' : `${s.rowsAffected} row${s.rowsAffected === 1 ? '' : 's'}`,
    locks: s.locks.map((l) => ({ relation: l.relation, mode: l.mode, sqlMode: sqlModeName(l.mode), blocks: l.blocks })),
    rewrites: [...s.rewrites],
    error: s.error ? errorText(s.error) : null,
    reason: s.reason ?? null,
    range: editorRange(s.range),
    at: `${s.range.start.line}:${s.range.start.column}`,
  };
}

export function engineText(document: Pick<DryRunDocument, 'engine' | 'serverVersion'>, server?: string): string {
  return document.engine === 'pglite'
    ? `PGlite (PostgreSQL ${document.serverVersion}), an embedded scratch database`
    : `PostgreSQL ${document.serverVersion}${server ? ` at ${server}` : ''}, in a transaction that is rolled back`;
}

function count(statements: readonly StatementReport[], status: StatementStatus): number {
  return statements.filter((s) => s.status === status).length;
}

/** The dry-run stage from a finished dry-run (or a cancelled one, whose statements after the cancel are skipped). */
function dryRunStage(document: DryRunDocument, cancelled: boolean): StageView {
  const s = document.statements;
  const failed = count(s, 'error');
  const parts = [`${count(s, 'ok')} ok`];
  if (failed) parts.push(`${failed} failed`);
  if (count(s, 'skipped')) parts.push(`${count(s, 'skipped')} skipped`);
  if (count(s, 'not-run')) parts.push(`${count(s, 'not-run')} not run`);
  const detail = `${s.length} statement${s.length === 1 ? '' : 's'}: ${parts.join(', ')}; rolled back`;
  if (cancelled) return stage('dry-run', 'cancelled', 'cancelled', detail);
  return failed ? stage('dry-run', 'failed', `${failed} failed`, detail) : stage('dry-run', 'passed', 'passed', detail);
}

function stage(id: StageId, status: StageStatus, statusText: string, detail: string): StageView {
  return { id, label: STAGE_LABELS[id], status, statusText, detail };
}

/** What this run did not do is said so: never "passed" for a stage that did not run. */
function notRun(id: StageId, detail: string): StageView {
  return stage(id, 'not-run', 'not run', detail);
}

export interface PanelInput {
  runId: number;
  kind: RunKind;
  state: RunState;
  file: string;
  /** "host:port/db" of a named server (never a password), for the engine line. */
  server?: string;
  message?: string;
  /** What the CLI noted beside its result (e.g. an earlier migration that failed on PGlite). */
  notes?: string[];
  dryRun?: DryRunDocument;
  verifyRollback?: VerifyRollbackDocument;
}

function stepView(step: VerifyStep): StepView {
  const file = step.file ? ` · ${step.file}` : '';
  const time = step.durationMs === undefined || step.durationMs === null ? '' : ` · ${formatDuration(step.durationMs)}`;
  const why = step.error ? ` · ${errorText(step.error)}` : step.reason ? ` · ${step.reason}` : '';
  return { label: `${step.name}${file}${time}${why}`, status: step.status };
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '(absent)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function stagesFor(input: PanelInput): StageView[] {
  const running = input.state === 'running';
  const cancelled = input.state === 'cancelled';
  let dryRun: StageView;
  if (input.dryRun) dryRun = dryRunStage(input.dryRun, cancelled && input.kind === 'dry-run');
  else if (running && input.kind === 'dry-run') dryRun = stage('dry-run', 'running', 'running', input.message ?? '');
  else if (input.kind === 'dry-run' && input.state === 'failed') {
    dryRun = stage('dry-run', 'failed', 'could not run', input.message ?? '');
  } else if (cancelled && input.kind === 'dry-run') dryRun = stage('dry-run', 'cancelled', 'cancelled', '');
  else dryRun = notRun('dry-run', 'run "Dry-run" for this file');

  const v = input.verifyRollback;
  const ownRun = input.kind === 'verify-rollback' && !v;
  const pending = (id: StageId, what: string): StageView => {
    if (ownRun && running) return stage(id, 'running', 'running', input.message ?? '');
    if (ownRun && input.state === 'failed') return stage(id, 'failed', 'could not run', input.message ?? '');
    if (ownRun && cancelled) return stage(id, 'cancelled', 'cancelled', '');
    return notRun(id, what);
  };
  const rollbackHint = 'run "Verify rollback" for this file';
  if (!v) {
    return [
      dryRun,
      pending('migrate', `Sluice never migrates your database; ${rollbackHint} to apply it on a scratch copy`),
      pending('backfill', 'no batched backfill was run for this file'),
      pending('reconcile', `no reconciliation was run; ${rollbackHint}`),
      pending('rollback-test', rollbackHint),
    ];
  }
  return [dryRun, migrateStage(v), backfillStage(v), reconcileStage(v), rollbackStage(v)];
}

function failedStep(steps: readonly VerifyStep[], names: readonly string[]): VerifyStep | undefined {
  return steps.find((s) => names.includes(s.name) && s.status === 'error');
}

/** The verify-rollback's "up" step is the migrate stage, on its scratch database (or rolled-back transaction). */
function migrateStage(v: VerifyRollbackDocument): StageView {
  const up = v.steps.filter((s) => s.name === 'up');
  if (up.length === 0) return notRun('migrate', 'the rollback test applied no up script');
  const failed = failedStep(up, ['up']);
  if (failed)
    return stage('migrate', 'failed', 'failed', `up: ${failed.error ? errorText(failed.error) : failed.status}`);
  if (up.some((s) => s.status !== 'ok')) return stage('migrate', 'not-run', 'not run', up[0].reason ?? '');
  const ms = up.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
  return stage('migrate', 'passed', 'passed', `up applied in ${formatDuration(ms)} (then undone)`);
}

function backfillStage(v: VerifyRollbackDocument): StageView {
  const batches = v.steps.flatMap((s) => s.batches ?? []);
  if (batches.length === 0) return notRun('backfill', 'no batched backfill reported batches');
  const rows = batches.reduce((sum, b) => sum + b.rows, 0);
  const ms = batches.reduce((sum, b) => sum + b.durationMs, 0);
  const failed = failedStep(v.steps, ['up', 'up-again']);
  const detail = `${batches.length} batch${batches.length === 1 ? '' : 'es'}, ${rows} rows, ${formatDuration(ms)}`;
  return failed ? stage('backfill', 'failed', 'failed', detail) : stage('backfill', 'passed', 'passed', detail);
}

function reconcileStage(v: VerifyRollbackDocument): StageView {
  const reports = v.reconciliation ?? [];
  const invariants = reports.flatMap((r) => r.invariants);
  const checked = reports.reduce((sum, r) => sum + r.untouchedTables.checked, 0);
  const changed = reports.flatMap((r) => r.untouchedTables.changed.map((c) => c.table));
  if (invariants.length === 0 && checked === 0)
    return notRun('reconcile', 'no invariants declared and no other tables');
  const broken = invariants.filter((i) => !i.ok);
  const parts = [`${invariants.length - broken.length}/${invariants.length} invariants held`];
  parts.push(changed.length ? `changed: ${changed.join(', ')}` : `${checked} untouched tables unchanged`);
  return broken.length || changed.length
    ? stage('reconcile', 'failed', 'failed', parts.join('; '))
    : stage('reconcile', 'passed', 'passed', parts.join('; '));
}

function rollbackStage(v: VerifyRollbackDocument): StageView {
  const down = v.steps.find((s) => s.name === 'down');
  if (!down || down.status === 'not-run') {
    return stage('rollback-test', 'failed', 'no rollback', down?.reason ?? 'no down script was found');
  }
  const failed = failedStep(v.steps, ['down', 'up-again']);
  if (failed) {
    return stage('rollback-test', 'failed', 'failed', `${failed.name}: ${failed.error ? errorText(failed.error) : ''}`);
  }
  const n = v.differences.length;
  return n
    ? stage('rollback-test', 'failed', 'failed', `${n} difference${n === 1 ? '' : 's'} after up → down`)
    : stage('rollback-test', 'passed', 'passed', 'up → down left the schema and row counts as before; up again worked');
}

function outcome(input: PanelInput): string {
  const notes = input.notes?.length ? ` ${input.notes.join(' ')}` : '';
  return `${headline(input)}${notes}`;
}

function headline(input: PanelInput): string {
  if (input.message) return input.message;
  if (input.state === 'running') return 'Running…';
  if (input.state === 'cancelled') return 'Cancelled; everything was rolled back.';
  const d = input.dryRun;
  if (input.kind === 'dry-run' && d) {
    const failed = d.statements.find((s) => s.status === 'error');
    return failed
      ? `Statement ${failed.index} failed; the rest were skipped. Everything was rolled back; nothing was committed.`
      : 'Every statement ran. Everything was rolled back; nothing was committed.';
  }
  const v = input.verifyRollback;
  if (input.kind === 'verify-rollback' && v) {
    return v.ok ? 'The rollback restores the schema and row counts.' : 'The rollback does not restore everything.';
  }
  return '';
}

/** The engine of the run this panel shows (the other check's document when this one has none yet). */
function engineLine(input: PanelInput): string {
  const v = input.verifyRollback;
  const own =
    input.kind === 'dry-run'
      ? input.dryRun
      : v?.engine && v.serverVersion
        ? { engine: v.engine, serverVersion: v.serverVersion }
        : undefined;
  const known = own ?? input.dryRun;
  if (known) return engineText(known, input.server);
  return input.server ? `PostgreSQL at ${input.server}` : 'PGlite (embedded)';
}

export function panelModel(input: PanelInput): PanelModel {
  return {
    runId: input.runId,
    kind: input.kind,
    state: input.state,
    file: input.file,
    engine: engineLine(input),
    message: outcome(input),
    stages: stagesFor(input),
    rows: input.dryRun ? input.dryRun.statements.map(rowView) : [],
    steps: input.verifyRollback ? input.verifyRollback.steps.map(stepView) : [],
    differences: input.verifyRollback
      ? input.verifyRollback.differences.map((d) => ({
          object: d.object,
          before: show(d.before),
          after: show(d.after),
        }))
      : [],
  };
}

/** A dry-run finding to show in the editor: the statement's lock, rewrite or error. */
export interface Finding {
  range: EditorRange;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

export function findings(document: DryRunDocument): Finding[] {
  const out: Finding[] = [];
  for (const s of document.statements) {
    const range = editorRange(s.range);
    const time = formatDuration(s.durationMs);
    for (const relation of s.rewrites) {
      out.push({ range, severity: 'warning', message: `Dry-run: this statement rewrote ${relation}: ${time}` });
    }
    for (const lock of s.locks) {
      const blocks = lock.blocks.length ? `blocks ${lock.blocks.join(', ')}` : 'blocks only other schema changes';
      out.push({
        range,
        severity: lock.blocks.length ? 'warning' : 'information',
        message: `Dry-run: ${lock.mode} on ${lock.relation} ${blocks} until the transaction ends (statement: ${time})`,
      });
    }
    if (s.error) {
      out.push({
        range: s.error.range ? editorRange(s.error.range) : range,
        severity: 'error',
        message: `Dry-run: ${errorText(s.error)}`,
      });
    }
  }
  return out;
}
