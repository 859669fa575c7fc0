// The batched backfill: one `DO` statement that walks the table in keyset batches (the primary key when the
// schema knows it, else physical page ranges by ctid), updates only rows that still need the change, commits
// after every batch and pauses briefly, so no transaction holds row locks for long and a re-run starts at the
// first row not yet done. Shared by the `backfill` kind and the generators whose expand step copies a column.
import type { SchemaModel } from '../../schema/model';
import { parseStatement } from '../../syntax/parse';
import { utf8ToUtf16Offset } from '../../syntax/positions';
import { cannotUndoNote } from '../cannotUndo';
import { parseTableName, qualifiedSql, QualifiedName, quoteLiteral, stepName, tableKey } from './names';
import { ChangeRequest, ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { quoteIdent } from '../../syntax/quoteIdent';

export const DEFAULT_BATCH_SIZE = 1000;
/** Seconds between batches: lets replicas, autovacuum and other writers catch up. */
export const DEFAULT_PAUSE_SECONDS = 0.1;

/** `column = expression`, the expression as SQL text. */
export interface Assignment {
  column: string;
  expression: string;
}

export interface BatchedUpdate {
  table: QualifiedName;
  assignments: readonly Assignment[];
  /** Rows to consider at all (SQL condition), besides those already done. */
  where?: string;
  batchSize: number;
  /** Primary-key columns: keyset batches in key order. Undefined: batches of physical pages (ctid ranges). */
  key?: readonly string[];
  pauseSeconds?: number;
}

/** The primary key's columns, when the schema says what they are. */
export function primaryKeyOf(schema: SchemaModel | undefined, table: QualifiedName): readonly string[] | undefined {
  const info = schema?.tables.get(tableKey(table));
  if (!info) return undefined;
  for (const constraint of info.constraints.values())
    if (constraint.kind === 'primary' && constraint.columns.length > 0) return constraint.columns;
  return undefined;
}

/** A row still needs the change: the WHERE holds and some column differs from its new value (NULLs included). */
function pendingCondition(update: BatchedUpdate): string {
  const differs = update.assignments
    .map((a) => `${quoteIdent(a.column)} IS DISTINCT FROM (${a.expression})`)
    .join(' OR ');
  return update.where ? `(${update.where}) AND (${differs})` : `(${differs})`;
}

function setList(update: BatchedUpdate): string {
  return update.assignments.map((a) => `${quoteIdent(a.column)} = ${a.expression}`).join(', ');
}

/** A dollar-quote tag that the body does not contain. */
function dollarTag(body: string): string {
  let tag = 'sluice_backfill';
  for (let n = 2; body.includes(`$${tag}$`); n++) tag = `sluice_backfill${n}`;
  return `$${tag}$`;
}

function checkBatch(update: BatchedUpdate): void {
  if (!Number.isInteger(update.batchSize) || update.batchSize < 1)
    throw new ScaffoldError(`The batch size must be a whole number of rows, at least 1 (got ${update.batchSize}).`);
  if (update.assignments.length === 0) throw new ScaffoldError('A backfill needs at least one `column = expression`.');
}

/**
 * One `DO` statement running the whole backfill. It commits inside, so it must run outside a transaction block
 * (a non-transactional migration holding only this statement). Runs as a single statement: a
 * `statement_timeout` set for the migration role must allow the whole backfill.
 */
export function batchedUpdateSql(update: BatchedUpdate): string {
  checkBatch(update);
  const body = update.key ? keysetBody(update, update.key) : pageRangeBody(update);
  const tag = dollarTag(body);
  return `DO ${tag}\n${body}\n${tag};\n`;
}

/**
 * Each batch reports its rows and time as a NOTICE (`sluice-batch rows=N ms=T`): psql and migration tools show
 * the progress, and `sluice verify-rollback` reports it per batch.
 */
const BATCH_REPORT_DECLARE = ['  sluice_batch_rows bigint;', '  sluice_batch_started timestamptz;'];
const BATCH_REPORT_START = '    sluice_batch_started := clock_timestamp();';
const BATCH_REPORT_ROWS = '    GET DIAGNOSTICS sluice_batch_rows = ROW_COUNT;';
const BATCH_REPORT_NOTICE =
  "    RAISE NOTICE 'sluice-batch rows=% ms=%', sluice_batch_rows," +
  ' round(extract(epoch FROM clock_timestamp() - sluice_batch_started) * 1000, 1);';

function keysetBody(update: BatchedUpdate, key: readonly string[]): string {
  const table = qualifiedSql(update.table);
  const pause = update.pauseSeconds ?? DEFAULT_PAUSE_SECONDS;
  const columns = key.map(quoteIdent);
  const from = key.map((_, i) => `sluice_from_${i + 1}`);
  const to = key.map((_, i) => `sluice_to_${i + 1}`);
  const typed = (name: string, i: number): string => `  ${name} ${table}.${columns[i]}%TYPE;`;
  const row = (names: readonly string[]): string => (names.length === 1 ? names[0] : `(${names.join(', ')})`);
  const keyRow = row(columns);
  const order = columns.join(', ');
  const orderDesc = columns.map((c) => `${c} DESC`).join(', ');
  const pending = pendingCondition(update);
  return [
    `-- Keyset batches of ${update.batchSize} rows in primary-key order (${order}), each committed on its own.`,
    `-- Idempotent and resumable: only rows that still differ are updated, and a re-run starts at the first of them.`,
    'DECLARE',
    ...from.map(typed),
    ...to.map(typed),
    ...BATCH_REPORT_DECLARE,
    'BEGIN',
    `  SELECT ${order} INTO ${from.join(', ')} FROM ${table}`,
    `    WHERE ${pending} ORDER BY ${order} LIMIT 1;`,
    '  WHILE FOUND LOOP',
    BATCH_REPORT_START,
    `    SELECT ${order} INTO ${to.join(', ')} FROM (`,
    `      SELECT ${order} FROM ${table} WHERE ${keyRow} >= ${row(from)} ORDER BY ${order} LIMIT ${update.batchSize}`,
    `    ) AS sluice_batch ORDER BY ${orderDesc} LIMIT 1;`,
    `    UPDATE ${table} SET ${setList(update)}`,
    `      WHERE ${keyRow} >= ${row(from)} AND ${keyRow} <= ${row(to)} AND ${pending};`,
    BATCH_REPORT_ROWS,
    '    COMMIT;',
    BATCH_REPORT_NOTICE,
    `    PERFORM pg_sleep(${pause});`,
    `    SELECT ${order} INTO ${from.join(', ')} FROM ${table}`,
    `      WHERE ${keyRow} > ${row(to)} AND ${pending} ORDER BY ${order} LIMIT 1;`,
    '  END LOOP;',
    'END',
  ].join('\n');
}

function pageRangeBody(update: BatchedUpdate): string {
  const table = qualifiedSql(update.table);
  const regclass = `${quoteLiteral(table)}::regclass`;
  const pause = update.pauseSeconds ?? DEFAULT_PAUSE_SECONDS;
  const pending = pendingCondition(update);
  return [
    `-- No primary key is known for ${table}: batches are ranges of physical pages (ctid) holding about`,
    `-- ${update.batchSize} rows each, each committed on its own. Rows written meanwhile move to later pages and are`,
    '-- skipped if already right. Idempotent and resumable: only rows that still differ are updated, and a re-run',
    '-- starts at the page of the first of them.',
    'DECLARE',
    '  sluice_page bigint;',
    '  sluice_last_page bigint;',
    '  sluice_pages_per_batch bigint;',
    ...BATCH_REPORT_DECLARE,
    'BEGIN',
    `  SELECT (min(ctid)::text::point)[0]::bigint INTO sluice_page FROM ${table} WHERE ${pending};`,
    `  sluice_last_page := pg_relation_size(${regclass}) / current_setting('block_size')::bigint;`,
    '  SELECT greatest(1, ceil(' + update.batchSize + ' / CASE WHEN relpages > 0 AND reltuples > 0',
    '      THEN reltuples / relpages ELSE 100 END))::bigint',
    `    INTO sluice_pages_per_batch FROM pg_class WHERE oid = ${regclass};`,
    '  WHILE sluice_page IS NOT NULL AND sluice_page <= sluice_last_page LOOP',
    BATCH_REPORT_START,
    `    UPDATE ${table} SET ${setList(update)}`,
    `      WHERE ctid >= format('(%s,0)', sluice_page)::tid`,
    `        AND ctid < format('(%s,0)', sluice_page + sluice_pages_per_batch)::tid`,
    `        AND ${pending};`,
    BATCH_REPORT_ROWS,
    '    COMMIT;',
    BATCH_REPORT_NOTICE,
    `    PERFORM pg_sleep(${pause});`,
    '    sluice_page := sluice_page + sluice_pages_per_batch;',
    '  END LOOP;',
    'END',
  ].join('\n');
}

interface ParsedUpdate {
  assignments: Assignment[];
  where?: string;
}

/** Skips an identifier (bare or quoted) at `at`; returns the offset after it. */
function skipIdentifier(text: string, at: number): number {
  if (text[at] === '"') {
    let i = at + 1;
    while (i < text.length) {
      if (text[i] === '"' && text[i + 1] === '"') i += 2;
      else if (text[i] === '"') return i + 1;
      else i++;
    }
    return i;
  }
  const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(text.slice(at));
  return at + (match ? match[0].length : 0);
}

/**
 * Reads `c = expr, d = expr2` and an optional WHERE through PostgreSQL's grammar, so a typo is reported here
 * (with the parser's message) rather than in the middle of a production backfill.
 */
export function parseAssignments(set: string, where: string | undefined, table: QualifiedName): ParsedUpdate {
  where = where?.replace(/^\s*where\s+/i, '');
  const prefix = `UPDATE ${qualifiedSql(table)} SET `;
  const text = `${prefix}${set}${where?.trim() ? ` WHERE ${where}` : ''}`;
  const parsed = parseStatement(text);
  if (!parsed.ok || parsed.kind !== 'UpdateStmt')
    throw new ScaffoldError(
      `The backfill's --set ${JSON.stringify(set)}${where ? ` / --where ${JSON.stringify(where)}` : ''} is not valid SQL` +
        `${parsed.ok ? '' : ` (${parsed.message})`}. Write --set as "column = expression" (several separated by commas) ` +
        'and --where as a condition, as in an UPDATE statement.',
    );
  const targets: { ResTarget: { name: string; location: number; indirection?: unknown[]; val: unknown } }[] =
    parsed.ast.targetList ?? [];
  if (parsed.ast.fromClause?.length || parsed.ast.returningList?.length || parsed.ast.withClause)
    throw new ScaffoldError('A backfill --set holds only "column = expression" pairs (no FROM, RETURNING or WITH).');
  const setEnd = prefix.length + set.length;
  const starts = targets.map((t) => utf8ToUtf16Offset(text, t.ResTarget.location));
  const assignments = targets.map((target, i) => {
    const t = target.ResTarget;
    if (t.indirection?.length || (t.val as { MultiAssignRef?: unknown }).MultiAssignRef)
      throw new ScaffoldError(
        `The backfill --set assigns ${quoteIdent(t.name)} through a subscript, field or column list; write plain "column = expression" pairs.`,
      );
    const afterName = skipIdentifier(text, starts[i]);
    const equals = text.indexOf('=', afterName);
    let end = i + 1 < starts.length ? starts[i + 1] : setEnd;
    if (i + 1 < starts.length) end = text.lastIndexOf(',', end - 1);
    const expression = text.slice(equals + 1, end).trim();
    if (/^default$/i.test(expression))
      throw new ScaffoldError(`The backfill --set gives ${quoteIdent(t.name)} DEFAULT; write the value itself.`);
    return { column: t.name, expression };
  });
  return { assignments, where: where?.trim() ? where.trim() : undefined };
}

export function backfillPlan(request: ChangeRequest, context: ScaffoldContext): ScaffoldPlan {
  if (request.kind !== 'backfill') throw new ScaffoldError(`backfillPlan cannot build a ${request.kind} plan.`);
  const table = parseTableName(request.table);
  const { assignments, where } = parseAssignments(request.set, request.where, table);
  const info = context.schema?.tables.get(tableKey(table));
  for (const a of assignments)
    if (info?.complete && !info.columns.has(a.column))
      throw new ScaffoldError(
        `Table ${qualifiedSql(table)} has no column ${quoteIdent(a.column)} in the migrations so far; check the --set.`,
      );
  const key = primaryKeyOf(context.schema, table);
  const batchSize = request.batchSize ?? DEFAULT_BATCH_SIZE;
  const columns = assignments.map((a) => a.column);
  const up = batchedUpdateSql({ table, assignments, where, batchSize, key });
  const down =
    cannotUndoNote(
      `this backfill overwrote ${columns.map((c) => `${qualifiedSql(table)}.${quoteIdent(c)}`).join(', ')} ` +
        'without keeping the old values; restore them from a backup if needed.',
    ) + 'SELECT 1 AS sluice_nothing_to_undo;\n';
  return {
    request,
    title: `backfill ${qualifiedSql(table)} SET ${request.set.trim()}${where ? ` WHERE ${where}` : ''}`,
    steps: [
      {
        phase: 'migrate',
        deploy: 1,
        name: stepName('backfill', table.name, ...columns),
        summary:
          `rows of ${qualifiedSql(table)} get ${columns.map(quoteIdent).join(', ')} in batches of ${batchSize} ` +
          `(${key ? `primary-key order` : 'physical page ranges: no primary key known'}), each its own transaction; ` +
          're-running resumes at the first row not yet done.',
        up,
        down,
        transactional: false,
      },
    ],
  };
}
