// change-type T.C TYPE [USING EXPR]: a new column `<C>_new` of the new type lives beside C (two-way sync: EXPR,
// or a cast, forward; the cast back), is filled in batches, takes over NOT NULL and indexes, and C is dropped at
// contract. The final column keeps the name `<C>_new`: renaming it back to C in the same contract would break the
// running version that uses `<C>_new`; scaffold rename-column `<C>_new` → C afterwards if the old name matters.
import type { SchemaModel, TableInfo, TypeInfo } from '../../schema/model';
import { typeInfo } from '../../schema/replay';
import { AstNode, parseStatement, scanTokens, Token } from '../../syntax/parse';
import { utf8ToUtf16Offset } from '../../syntax/positions';
import { knownColumn, typeSql } from './columnCopy';
import { derivedIdentifier, parseColumnName, parseTableName, qualifiedSql, QualifiedName } from './names';
import { ChangeRequest, ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { replaceColumnPlan } from './renameColumn';
import { quoteIdent, quoteQualified } from '../../syntax/quoteIdent';

export function changeTypePlan(request: ChangeRequest, context: ScaffoldContext): ScaffoldPlan {
  if (request.kind !== 'change-type') throw new ScaffoldError(`changeTypePlan cannot build a ${request.kind} plan.`);
  const table = parseTableName(request.table);
  const from = parseColumnName(request.column);
  const type = parsedType(request.type);
  const known = knownColumn(context, table, from, 'change-type');
  const to = derivedIdentifier(from, 'new');
  if (known.table.columns.has(to))
    throw new ScaffoldError(
      `Table ${qualifiedSql(table)} already has a column ${quoteIdent(to)}; drop or rename it first.`,
    );
  const oldType = typeSql(known.column.type, context.schema);
  const newType = type.sql;
  const oldCol = quoteIdent(from);
  const newCol = quoteIdent(to);
  const using =
    request.using === undefined ? undefined : usingExpression(request.using, table, from, known.table, type);
  if (!using && noCast(known.column.type, type.info, context.schema))
    throw new ScaffoldError(
      `PostgreSQL has no cast from ${oldType} to ${newType}, so ${oldCol}::${newType} cannot fill ${newCol}: ` +
        `give --using with an expression of ${oldCol} that computes the ${newType} value` +
        (isEpoch(known.column.type, type.info)
          ? ` (seconds since 1970: e.g. --using '${TIMESTAMPS.has(known.column.type.name) ? `extract(epoch FROM ${oldCol})::${newType}` : `to_timestamp(${oldCol})`}').`
          : '.'),
    );
  const epoch = isEpoch(known.column.type, type.info);
  if (!epoch && noCast(type.info, known.column.type, context.schema))
    throw new ScaffoldError(
      `PostgreSQL has no cast from ${newType} back to ${oldType}: while old and new code both run, the sync ` +
        `trigger must compute ${oldCol} from every ${newCol} that new code writes, and ${newCol}::${oldType} ` +
        `would fail on each such write. Write the expand step by hand with an inverse of the change ` +
        `(an expression of ${newCol} giving the ${oldType} value), or change the type in two steps through a type ` +
        'that converts both ways (e.g. text).',
    );
  const back = (x: string): string => (epoch ? epochInverse(x, known.column.type.name, oldType) : `${x}::${oldType}`);
  const toOld = back(`NEW.${newCol}`);
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
    defaults: {
      toNew: using?.defaultOf ?? ((d) => `(${d})::${newType}`),
      toOld: (d) => back(`(${d})`),
    },
    syncNote: commentLines([
      `${oldCol} follows ${newCol} by ${epoch ? 'the inverse' : 'the cast back'} ${toOld} (here and in the contract step's down).`,
      epoch
        ? `It reads ${newCol} as seconds since 1970-01-01 UTC, as to_timestamp() does; if --using scales ${oldCol} (milliseconds...), scale it back in both places.`
        : `If that cast fails for some values of ${newCol}, replace that expression in both places (sluice dry-run shows the failure).`,
      ...(using
        ? [
            `With --using, that cast must give back a value that --using turns into the same ${newCol}; if not, write the inverse.`,
          ]
        : []),
    ]),
    rollbackLoses: using
      ? oneLine(
          `${oldCol} is rebuilt from ${newCol} by the cast back (${toOld.replace('NEW.', '')}): old values that --using ` +
            `mapped to the same ${newCol} value (spacing, spelling, NULL for unparsable text...) come back as that cast gives them.`,
        )
      : undefined,
    title:
      `change ${qualifiedSql(table)}.${oldCol} from ${oldType} to ${newType}` +
      (using ? ` using ${using.backfill}` : '') +
      ` (as ${newCol})`,
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
  /** Its name and modifiers, when it is a built-in (pg_catalog) or unqualified name. */
  info?: TypeInfo;
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
  const names = ((cast.typeName?.names ?? []) as AstNode[]).map((n) => n.String?.sval);
  return {
    sql: tokenText(sql, tokens, prefix.length, sql.length, []),
    shape: withoutLocations(cast.typeName),
    info: names.length === 1 || names[0] === 'pg_catalog' ? typeInfo(cast.typeName) : undefined,
  };
}

/**
 * Groups of built-in types by the casts PostgreSQL has between them (checked on PostgreSQL 15 by
 * `SELECT NULL::<from>::<to>`, which fails at analysis when there is none). String types convert to and from
 * everything; arrays, domains and other types are not judged.
 */
type CastCategory = 'int' | 'int4' | 'number' | 'datetime' | 'bool' | 'uuid' | 'bytea' | 'json' | 'jsonb' | 'enum';

const CATEGORIES: Record<string, CastCategory> = {
  int2: 'int',
  int4: 'int4',
  int8: 'int',
  numeric: 'number',
  float4: 'number',
  float8: 'number',
  date: 'datetime',
  timestamp: 'datetime',
  timestamptz: 'datetime',
  time: 'datetime',
  timetz: 'datetime',
  interval: 'datetime',
  bool: 'bool',
  uuid: 'uuid',
  bytea: 'bytea',
  json: 'json',
  jsonb: 'jsonb',
};

function castCategory(type: TypeInfo, schema: SchemaModel | undefined): CastCategory | undefined {
  if (type.arrayDims > 0) return undefined;
  const userTypes = [...(schema?.enums.keys() ?? []), ...(schema?.domains.keys() ?? [])].filter((k) =>
    k.endsWith(`.${type.name}`),
  );
  if (userTypes.length > 0)
    return userTypes.every((k) => schema?.enums.has(k)) && userTypes.length === 1 ? 'enum' : undefined;
  return CATEGORIES[type.name];
}

const NUMBERS: readonly CastCategory[] = ['int', 'int4', 'number'];

/** Pairs of categories with no cast from the first to the second (an explicit cast included). */
function noCast(from: TypeInfo | undefined, to: TypeInfo | undefined, schema: SchemaModel | undefined): boolean {
  const a = from && castCategory(from, schema);
  const b = to && castCategory(to, schema);
  if (a === 'datetime' && b === 'datetime') return !DATETIME_CASTS.has(`${from!.name}>${to!.name}`);
  return noCategoryCast(a, b);
}

/** The casts between date/time types; any other pair of them has none. */
const DATETIME_CASTS = new Set([
  'date>timestamp',
  'date>timestamptz',
  'timestamp>date',
  'timestamp>time',
  'timestamp>timestamptz',
  'timestamptz>date',
  'timestamptz>time',
  'timestamptz>timetz',
  'timestamptz>timestamp',
  'time>interval',
  'time>timetz',
  'timetz>time',
  'interval>time',
]);

function noCategoryCast(from: CastCategory | undefined, to: CastCategory | undefined): boolean {
  if (from === undefined || to === undefined || from === to) return false;
  // Only strings (not judged here) convert to and from these.
  if (['uuid', 'bytea', 'json', 'enum'].includes(from) || ['uuid', 'bytea', 'json', 'enum'].includes(to))
    return !((from === 'json' && to === 'jsonb') || (from === 'jsonb' && to === 'json'));
  if (from === 'datetime' || to === 'datetime') return true; // no numbers, booleans or jsonb

  if (to === 'jsonb') return true; // to_jsonb() converts, a cast does not
  if (from === 'jsonb') return false; // jsonb → numbers and boolean
  if (from === 'bool' || to === 'bool') return from !== 'int4' && to !== 'int4';
  return !(NUMBERS.includes(from) && NUMBERS.includes(to));
}

const INTEGERS = new Set(['int2', 'int4', 'int8']);
const TIMESTAMPS = new Set(['timestamp', 'timestamptz']);

/** An integer (seconds since 1970) ↔ timestamptz or timestamp: no cast either way, but the inverse is known. */
function isEpoch(a: TypeInfo | undefined, b: TypeInfo | undefined): boolean {
  if (!a || !b || a.arrayDims > 0 || b.arrayDims > 0) return false;
  return (INTEGERS.has(a.name) && TIMESTAMPS.has(b.name)) || (TIMESTAMPS.has(a.name) && INTEGERS.has(b.name));
}

/** `x` (a timestamp) as seconds since 1970 in the old integer type, or (an integer) as the old timestamp. */
function epochInverse(x: string, oldName: string, oldType: string): string {
  if (oldName === 'timestamptz') return `to_timestamp(${x})::${oldType}`;
  if (oldName === 'timestamp') return `(to_timestamp(${x}) AT TIME ZONE 'UTC')::${oldType}`;
  return `extract(epoch FROM ${x})::${oldType}`;
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
  /** The new column's default from the old one's (EXPR with the column replaced by it); undefined: EXPR reads others. */
  defaultOf?: (oldDefault: string) => string;
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
function usingExpression(
  text: string,
  table: QualifiedName,
  column: string,
  info: TableInfo,
  type: ParsedType,
): UsingExpression {
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
    backfill: cast(tokenText(sql, tokens, prefix.length, end, references, (c) => quoteIdent(c))),
    trigger: cast(tokenText(sql, tokens, prefix.length, end, references, (c) => `NEW.${quoteIdent(c)}`)),
    defaultOf: references.every((r) => r.column === column)
      ? (d) => cast(tokenText(sql, tokens, prefix.length, end, references, () => `(${d})`))
      : undefined,
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
      const parts: string[] = (call.funcname ?? []).map((p: AstNode) => String(p.String?.sval));
      const name = parts.join('.');
      const shown = quoteQualified(...parts);
      if (call.over) throw new ScaffoldError(`${what} calls ${shown}() as a window function: ${rowOnly}.`);
      const bare = name.replace(/^pg_catalog\./, '');
      if (
        call.agg_star ||
        call.agg_distinct ||
        call.agg_order ||
        call.agg_filter ||
        call.agg_within_group ||
        AGGREGATES.has(bare)
      )
        throw new ScaffoldError(`${what} calls the aggregate ${shown}(): ${rowOnly}.`);
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
      `${what} reads ${names.map(quoteIdent).join('.')}, which is not a column of ${t}: ` +
        `the new column is computed from the row of ${t} being written; name that table's columns.`,
    );
  if (!info.columns.has(column))
    throw new ScaffoldError(
      `${what} reads column ${quoteIdent(column)}, which table ${t} does not have in the migrations so far ` +
        `(its columns: ${[...info.columns.keys()].map(quoteIdent).join(', ')}). Check the spelling, or whether an earlier migration ` +
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
    throw new ScaffoldError(`${what}: Sluice could not locate the column ${quoteIdent(column)} in it.`);
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
