// change-type T.C TYPE [USING EXPR]: a new column `<C>_new` of the new type lives beside C (two-way sync: EXPR,
// or a cast, forward; the cast back), is filled in batches, takes over NOT NULL and indexes, and C is dropped at
// contract. The final column keeps the name `<C>_new`: renaming it back to C in the same contract would break the
// running version that uses `<C>_new`; scaffold rename-column `<C>_new` → C afterwards if the old name matters.
import type { TableInfo } from '../../schema/model';
import { AstNode, parseStatement, scanTokens, Token } from '../../syntax/parse';
import { utf8ToUtf16Offset } from '../../syntax/positions';
import { knownColumn, typeSql } from './columnCopy';
import {
  derivedIdentifier,
  parseColumnName,
  parseTableName,
  qualifiedSql,
  QualifiedName,
  quoteIdentifier,
} from './names';
import { ChangeRequest, ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { replaceColumnPlan } from './renameColumn';

export function changeTypePlan(request: ChangeRequest, context: ScaffoldContext): ScaffoldPlan {
  if (request.kind !== 'change-type') throw new ScaffoldError(`changeTypePlan cannot build a ${request.kind} plan.`);
  const table = parseTableName(request.table);
  const from = parseColumnName(request.column);
  const type = parsedType(request.type);
  const known = knownColumn(context, table, from, 'change-type');
  const to = derivedIdentifier(from, 'new');
  if (known.table.columns.has(to))
    throw new ScaffoldError(
      `Table ${qualifiedSql(table)} already has a column ${quoteIdentifier(to)}; drop or rename it first.`,
    );
  const oldType = typeSql(known.column.type, context.schema);
  const newType = type.sql;
  const oldCol = quoteIdentifier(from);
  const newCol = quoteIdentifier(to);
  const using = request.using === undefined ? undefined : usingExpression(request.using, table, known.table, type);
  const toOld = `NEW.${newCol}::${oldType}`;
  return replaceColumnPlan({
    request,
    context,
    table,
    from,
    to,
    known,
    oldType,
    newType,
    backfill: using?.backfill ?? `${oldCol}::${newType}`,
    toNew: using?.trigger ?? `NEW.${oldCol}::${newType}`,
    toOld,
    lossy: true,
    syncNote: commentLines([
      `${from} follows ${to} by the cast back ${toOld} (here and in the contract step's down).`,
      `If ${newType} has no cast to ${oldType}, replace that expression in both places (sluice dry-run shows the failure).`,
      ...(using
        ? [
            `With --using, that cast must give back a value that --using turns into the same ${to}; if not, write the inverse.`,
          ]
        : []),
    ]),
    rollbackLoses: using
      ? oneLine(
          `${from} is rebuilt from ${to} by the cast back (${toOld.replace('NEW.', '')}): old values that --using ` +
            `mapped to the same ${to} value (spacing, spelling, NULL for unparsable text...) come back as that cast gives them.`,
        )
      : undefined,
    title:
      `change ${qualifiedSql(table)}.${oldCol} from ${oldType} to ${newType}` +
      (using ? ` using ${using.backfill}` : '') +
      ` (as ${to})`,
  });
}

/** A quoted name or a type written over several lines must not end a `--` comment early. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function commentLines(lines: readonly string[]): string {
  return lines.map((line) => `-- ${oneLine(line)}\n`).join('');
}

interface ParsedType {
  /** The type as written, comments dropped. */
  sql: string;
  /** Its TypeName node without locations, to compare with a cast in --using. */
  shape: string;
}

/** SelectStmt fields a plain `SELECT x [FROM t]` has; any other one means the text held more than asked for. */
const PLAIN_SELECT = new Set(['targetList', 'fromClause', 'limitOption', 'op']);

function isPlainSelect(kind: string, ast: AstNode, from: number): boolean {
  return (
    kind === 'SelectStmt' &&
    ast.op === 'SETOP_NONE' &&
    Object.keys(ast).every((k) => PLAIN_SELECT.has(k)) &&
    (ast.fromClause?.length ?? 0) === from &&
    ast.targetList?.length === 1 &&
    ast.targetList[0].ResTarget?.name === undefined
  );
}

/** `--type` through PostgreSQL's grammar: exactly one type name (`SELECT NULL::<TYPE>` and nothing else). */
function parsedType(text: string): ParsedType {
  const prefix = 'SELECT NULL::';
  const sql = `${prefix}${text}\n`;
  const bad = (why: string): ScaffoldError =>
    new ScaffoldError(
      `The type ${JSON.stringify(text)} is not a type name (${why}); write one, e.g. bigint, numeric(12,2), text[].`,
    );
  if (text.trim() === '') throw bad('it is empty');
  const parsed = parseStatement(sql);
  if (!parsed.ok) throw bad(parsed.message);
  const tokens = scanTokens(sql).filter((tok) => !isComment(tok));
  if (tokens.length === 0 || tokens.some((t) => t.text === ';')) throw bad('it holds more than one statement');
  const cast = parsed.ast.targetList?.[0]?.ResTarget?.val?.TypeCast as AstNode | undefined;
  if (!isPlainSelect(parsed.kind, parsed.ast, 0) || cast?.arg?.A_Const?.isnull !== true)
    throw bad('it holds more than a type');
  return { sql: tokenText(sql, tokens, prefix.length, sql.length, []), shape: withoutLocations(cast.typeName) };
}

/** The scanner reports comments as tokens; no operator can contain `--` or `/*`. */
function isComment(token: Token): boolean {
  return token.text.startsWith('--') || token.text.startsWith('/*');
}

function withoutLocations(node: unknown): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'location' ? undefined : value));
}

interface UsingExpression {
  /** For the batched UPDATE of the table: its columns by name. */
  backfill: string;
  /** For the sync trigger: each column as `NEW.<col>`. */
  trigger: string;
}

/** A column reference of EXPR: the tokens it spans and the column it names. */
interface ColumnReference {
  start: number;
  end: number;
  column: string;
}

/**
 * `--using EXPR` read by PostgreSQL's grammar as the only output of `SELECT EXPR FROM <table>`: it must be one
 * expression of the row's own columns (the sync trigger computes it from the row being written), so subqueries,
 * aggregates and window functions, and columns the table does not have, are refused here rather than mid-deploy.
 * The result is cast to the new type (as the plain change does), so comparing it with `<C>_new` is well-typed.
 */
function usingExpression(text: string, table: QualifiedName, info: TableInfo, type: ParsedType): UsingExpression {
  const t = qualifiedSql(table);
  const prefix = 'SELECT ';
  // The line break ends a trailing `-- comment` of EXPR; the FROM must be exactly the one appended here.
  const fromAt = prefix.length + text.length + '\nFROM '.length;
  const sql = `${prefix}${text}\nFROM ${t}`;
  const hint = `Write one expression of the columns of table ${t}, as after USING in ALTER COLUMN ... TYPE (e.g. "nullif(trim(code), '')::integer").`;
  if (text.trim() === '') throw new ScaffoldError(`The --using expression is empty. ${hint}`);
  const parsed = parseStatement(sql);
  if (!parsed.ok)
    throw new ScaffoldError(
      `The --using expression ${JSON.stringify(text)} is not valid SQL (${parsed.message}). ${hint}`,
    );
  const range = parsed.ast.fromClause?.[0]?.RangeVar as AstNode | undefined;
  if (
    !isPlainSelect(parsed.kind, parsed.ast, 1) ||
    !range ||
    range.alias ||
    utf8ToUtf16Offset(sql, range.location) !== fromAt
  )
    throw new ScaffoldError(
      `The --using expression ${JSON.stringify(text)} is not a single expression (it holds a list, an alias or ` +
        `more clauses). ${hint}`,
    );
  const value = parsed.ast.targetList[0].ResTarget.val as AstNode;
  const tokens = scanTokens(sql).filter((tok) => !isComment(tok));
  const references = columnReferences(value, sql, tokens, text, table, info);
  const end = prefix.length + text.length;
  const cast = (expression: string): string =>
    value.TypeCast && withoutLocations(value.TypeCast.typeName) === type.shape
      ? expression
      : `(${expression})::${type.sql}`;
  return {
    backfill: cast(tokenText(sql, tokens, prefix.length, end, references, (c) => quoteIdentifier(c))),
    trigger: cast(tokenText(sql, tokens, prefix.length, end, references, (c) => `NEW.${quoteIdentifier(c)}`)),
  };
}

/** Built-in aggregates: called without OVER they still fold many rows into one value. */
const AGGREGATES = new Set([
  'any_value',
  'array_agg',
  'avg',
  'bit_and',
  'bit_or',
  'bit_xor',
  'bool_and',
  'bool_or',
  'count',
  'every',
  'json_agg',
  'json_object_agg',
  'jsonb_agg',
  'jsonb_object_agg',
  'max',
  'min',
  'range_agg',
  'range_intersect_agg',
  'string_agg',
  'sum',
  'xmlagg',
  'corr',
  'covar_pop',
  'covar_samp',
  'regr_avgx',
  'regr_avgy',
  'regr_count',
  'regr_intercept',
  'regr_r2',
  'regr_slope',
  'regr_sxx',
  'regr_sxy',
  'regr_syy',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'variance',
  'var_pop',
  'var_samp',
  'mode',
  'percentile_cont',
  'percentile_disc',
]);

/** Every ColumnRef of EXPR, checked to be a column of the table; other things a row cannot compute are refused. */
function columnReferences(
  value: AstNode,
  sql: string,
  tokens: readonly Token[],
  text: string,
  table: QualifiedName,
  info: TableInfo,
): ColumnReference[] {
  const what = `The --using expression ${JSON.stringify(text)}`;
  const rowOnly =
    'the sync trigger computes the new column from the one row being written, so EXPR may only read its columns';
  const found: ColumnReference[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as AstNode;
    if (n.SubLink)
      throw new ScaffoldError(
        `${what} holds a subquery: ${rowOnly}. Fill the new column from other tables with a separate backfill.`,
      );
    if (n.ParamRef) throw new ScaffoldError(`${what} holds a parameter ($n): ${rowOnly}.`);
    if (n.GroupingFunc || n.JsonObjectAgg || n.JsonArrayAgg)
      throw new ScaffoldError(`${what} uses an aggregate: ${rowOnly}.`);
    if (n.FuncCall) {
      const call = n.FuncCall as AstNode;
      const name = (call.funcname ?? []).map((p: AstNode) => String(p.String?.sval)).join('.');
      if (call.over) throw new ScaffoldError(`${what} calls ${name}() as a window function: ${rowOnly}.`);
      const bare = name.replace(/^pg_catalog\./, '');
      if (
        call.agg_star ||
        call.agg_distinct ||
        call.agg_order ||
        call.agg_filter ||
        call.agg_within_group ||
        AGGREGATES.has(bare)
      )
        throw new ScaffoldError(`${what} calls the aggregate ${name}(): ${rowOnly}.`);
    }
    if (n.ColumnRef) {
      found.push(columnReference(n.ColumnRef as AstNode, sql, tokens, what, table, info));
      return;
    }
    for (const child of Object.values(n)) visit(child);
  };
  visit(value);
  return found.sort((a, b) => a.start - b.start);
}

function columnReference(
  ref: AstNode,
  sql: string,
  tokens: readonly Token[],
  what: string,
  table: QualifiedName,
  info: TableInfo,
): ColumnReference {
  const t = qualifiedSql(table);
  const fields = (ref.fields ?? []) as AstNode[];
  if (fields.some((f) => f.A_Star))
    throw new ScaffoldError(`${what} reads a whole row (*); name the columns of ${t} it needs.`);
  const names = fields.map((f) => String(f.String?.sval));
  const column = names[names.length - 1];
  const qualifier = names.slice(0, -1);
  const ownTable =
    qualifier.length === 0 ||
    (qualifier.length === 1 && qualifier[0] === table.name) ||
    (qualifier.length === 2 && qualifier[0] === (table.schema ?? 'public') && qualifier[1] === table.name);
  if (!ownTable)
    throw new ScaffoldError(
      `${what} reads ${names.map(quoteIdentifier).join('.')}, which is not a column of ${t}: ` +
        `the new column is computed from the row of ${t} being written; name that table's columns.`,
    );
  if (!info.columns.has(column))
    throw new ScaffoldError(
      `${what} reads column ${quoteIdentifier(column)}, which table ${t} does not have in the migrations so far ` +
        `(its columns: ${[...info.columns.keys()].join(', ')}). Check the spelling, or whether an earlier migration ` +
        'renamed or dropped it.',
    );
  // The reference's tokens: name (`.` name)*, as PostgreSQL's scanner split them.
  const start = utf8ToUtf16Offset(sql, ref.location);
  const first = tokens.findIndex((tok) => tok.start === start);
  const last = first + 2 * (names.length - 1);
  if (
    first < 0 ||
    last >= tokens.length ||
    tokens.slice(first, last + 1).some((tok, i) => i % 2 === 1 && tok.text !== '.')
  )
    throw new ScaffoldError(`${what}: Sluice could not locate the column ${quoteIdentifier(column)} in it.`);
  return { start, end: tokens[last].end, column };
}

/**
 * The text of the tokens within [from, to) on one line: comments dropped, each gap between tokens one space (it
 * goes into `--` comments and file headers too), each column reference replaced by `rewrite(column)`.
 */
function tokenText(
  sql: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  references: readonly ColumnReference[],
  rewrite: (column: string) => string = (c) => c,
): string {
  let out = '';
  let previous: number | undefined;
  let next = 0;
  for (const token of tokens) {
    if (token.start < from || token.end > to) continue;
    if (previous !== undefined && token.start < previous) continue; // inside a reference already written
    if (previous !== undefined) {
      const gap = sql.slice(previous, token.start);
      out += gap === '' ? '' : ' ';
    }
    const reference = references[next];
    if (reference && reference.start === token.start) {
      out += rewrite(reference.column);
      previous = reference.end;
      next++;
    } else {
      out += token.text;
      previous = token.end;
    }
  }
  return out;
}
