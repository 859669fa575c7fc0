import { collationOf } from '../facts/expressions';
import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { RelationRef } from '../facts/statementFacts';
import type { DomainInfo, IndexInfo, SchemaModel, TypeInfo } from '../schema/model';
import { BUILT_IN_TYPES, EXTENSION_TYPES, typeInfo } from '../schema/replay';
import { indexesOfTable } from '../schema/tableIndexes';
import type { AstNode } from '../syntax/parse';
import { quoteIdent, quoteTypeName } from '../syntax/quoteIdent';
import type { Rule, StatementContext } from './rule';

/** Type families where a change needs no rewrite when the new type accepts every old value unchanged. */
function binaryCompatible(from: TypeInfo, to: TypeInfo): boolean {
  const same = from.name === to.name && from.mods.join(',') === to.mods.join(',');
  if (from.arrayDims > 0 || to.arrayDims > 0) {
    // int[] and int[][] are one type to PostgreSQL, and dropping the element's modifier (varchar(20)[] →
    // varchar[]) converts nothing; any other array change rewrites every element (measured on PostgreSQL 15).
    return from.arrayDims > 0 && to.arrayDims > 0 && from.name === to.name && (same || to.mods.length === 0);
  }
  if (same) return true; // no change at all
  const widened = (a: readonly number[], b: readonly number[]): boolean =>
    b.length === 0 || (a.length > 0 && b[0] >= a[0]);
  if (from.name === 'varchar' && to.name === 'varchar') return widened(from.mods, to.mods);
  if (from.name === 'varchar' && to.name === 'text') return true;
  if (from.name === 'text' && to.name === 'varchar' && to.mods.length === 0) return true; // unbounded: same values
  if (citextRelabel(from, to)) return true;
  if (from.name === 'numeric' && to.name === 'numeric') {
    if (to.mods.length === 0) return true;
    // numeric(p,s) → numeric(p',s) with p' ≥ p keeps the scale, so stored values stay as they are.
    return from.mods.length > 0 && to.mods[0] >= from.mods[0] && (to.mods[1] ?? 0) === (from.mods[1] ?? 0);
  }
  if (from.name === 'cidr' && to.name === 'inet') return true;
  for (const t of ['timestamp', 'timestamptz', 'time', 'timetz']) {
    // Without a modifier the precision is the maximum (6).
    if (from.name === t && to.name === t) return (to.mods[0] ?? 6) >= (from.mods[0] ?? 6);
  }
  if (from.name === 'interval' && to.name === 'interval') {
    // interval's modifiers are its fields (a mask; all of them when absent) and then its precision: values are
    // kept when the new type keeps every field and no less precision (measured on PostgreSQL 15).
    const fields = (type: TypeInfo): number => type.mods[0] ?? INTERVAL_ALL_FIELDS;
    const precision = (type: TypeInfo): number => type.mods[1] ?? 6;
    return fields(to) === INTERVAL_ALL_FIELDS && precision(to) >= precision(from);
  }
  if (from.name === 'varbit' && to.name === 'varbit') return widened(from.mods, to.mods);
  return false;
}

/**
 * The citext extension's casts from text and varchar, and to text and unbounded varchar, are binary coercible: the
 * table is kept, but an index on the column gets another operator class, so it is rebuilt (measured on
 * PostgreSQL 15). Arrays of them are converted element by element (rewritten).
 */
function citextRelabel(from: TypeInfo, to: TypeInfo): boolean {
  if (from.arrayDims > 0 || to.arrayDims > 0) return false;
  if (to.name === 'citext') return from.name === 'text' || from.name === 'varchar';
  return from.name === 'citext' && (to.name === 'text' || (to.name === 'varchar' && to.mods.length === 0));
}

/** What a type change depends on besides the types: the server's version and the session's time zone. */
export interface TypeChangeSession {
  pgVersion: number;
  timeZoneUtc: boolean;
}

/**
 * timestamp ↔ timestamptz under a session time zone of UTC: the values are the same bits, and PostgreSQL 12 and
 * later keep the table, but still rebuild an index on the column (measured on PostgreSQL 15). A precision other
 * than 6 (the default) adds a conversion, which rewrites (timestamp(3) → timestamptz(3) does).
 */
function utcTimestampRelabel(from: TypeInfo, to: TypeInfo, session: TypeChangeSession): boolean {
  if (!session.timeZoneUtc || session.pgVersion < 12 || from.arrayDims > 0 || to.arrayDims > 0) return false;
  const pair = `${from.name}>${to.name}`;
  return (pair === 'timestamp>timestamptz' || pair === 'timestamptz>timestamp') && (to.mods[0] ?? 6) >= 6;
}

/** A type named citext that the migrations define themselves (a domain or enum) is not the extension's. */
function ownCitext(schema: SchemaModel): boolean {
  const named = (key: string): boolean => key === 'citext' || key.endsWith('.citext');
  return [...schema.domains.keys()].some(named) || [...schema.enums.keys()].some(named);
}

/** The last part of a `schema.name` key. */
const nameOf = (key: string): string => key.slice(key.indexOf('.') + 1);

const EXTENSION_TYPE_NAMES = new Set(Object.values(EXTENSION_TYPES).flat());

/**
 * The domain a type is, when the history made exactly one domain of that name (in `schema`, when given) and no
 * built-in type has it; an array of a domain is not one (PostgreSQL converts arrays element by element).
 */
function domainOf(model: SchemaModel, type: TypeInfo, schema?: string): DomainInfo | undefined {
  if (type.arrayDims > 0 || BUILT_IN_TYPES.has(type.name)) return undefined;
  let found: DomainInfo | undefined;
  for (const [key, domain] of model.domains) {
    if (nameOf(key) !== type.name || (schema !== undefined && key !== `${schema}.${type.name}`)) continue;
    if (found) return undefined; // one in each of two schemas: which one is meant is unknown
    found = domain;
  }
  return found;
}

/** The schema a type name is qualified with, if any. */
function schemaOf(typeName: AstNode | undefined): string | undefined {
  const parts: AstNode[] = typeName?.names ?? [];
  return parts.length > 1 ? parts[parts.length - 2].String?.sval : undefined;
}

/**
 * Whether PostgreSQL checks a domain's values: a CHECK or NOT NULL of its own or of a domain it is over, as they
 * are now (one added to the domain underneath after this one was created counts too). Unknown counts as checked.
 */
function domainChecked(model: SchemaModel, domain: DomainInfo): boolean {
  for (let d: DomainInfo | undefined = domain, depth = 0; depth < 32; depth++) {
    if (!d || (d.checks?.length ?? 0) > 0 || d.notNull) return true;
    if (!d.over) return false;
    d = model.domains.get(d.over);
  }
  return true;
}

/** A type that is no domain: built in, an extension's, or an enum of the history (a domain's base must be one). */
function plainType(model: SchemaModel, type: TypeInfo): boolean {
  return (
    BUILT_IN_TYPES.has(type.name) ||
    EXTENSION_TYPE_NAMES.has(type.name) ||
    [...model.enums.keys()].some((key) => nameOf(key) === type.name)
  );
}

/** What PostgreSQL converts from and to, and whether it checks a domain on the way. */
interface Conversion {
  from: TypeInfo;
  to: TypeInfo;
  /** The new type is a domain with constraints: PostgreSQL checks every value by rewriting the table. */
  checksDomain: boolean;
  /** A domain stands on one side (and the other type is not the same). */
  viaDomain: boolean;
}

/**
 * A domain's values convert as its base type without its modifier (a domain over varchar(20) → varchar(20)
 * rewrites), and a domain as the new type as its base type with its modifier, checked when it has constraints
 * (measured on PostgreSQL 15). A domain whose base type is not known to be a plain type is left as it is: the
 * types then compare by name, as any unknown type does.
 */
function conversion(model: SchemaModel, from: TypeInfo, to: TypeInfo, toSchema?: string): Conversion {
  const unchanged = { from, to, checksDomain: false, viaDomain: false };
  if (sameType(from, to)) return unchanged; // nothing converted, not even a domain's check
  const fromDomain = domainOf(model, from);
  const toDomain = domainOf(model, to, toSchema);
  if (!fromDomain && !toDomain) return unchanged;
  if ((fromDomain && !plainType(model, fromDomain.base)) || (toDomain && !plainType(model, toDomain.base)))
    return unchanged;
  return {
    from: fromDomain ? { ...fromDomain.base, mods: [], sql: undefined } : from,
    to: toDomain ? { ...toDomain.base, sql: undefined } : to,
    checksDomain: Boolean(toDomain && domainChecked(model, toDomain)),
    viaDomain: true,
  };
}

const RANGE_TYPES = new Set(['int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange']);

/**
 * A domain over an array, enum or range ↔ its base type keeps the values, but the index's operator class takes
 * any array (enum, range), so PostgreSQL rebuilds it for the new type (measured on PostgreSQL 15).
 */
function polymorphicRelabel(model: SchemaModel, c: Conversion): boolean {
  const t = c.to;
  return (
    c.viaDomain &&
    (t.arrayDims > 0 ||
      RANGE_TYPES.has(t.name) ||
      t.name.endsWith('multirange') ||
      [...model.enums.keys()].some((key) => nameOf(key) === t.name))
  );
}

function conversionOf(model: SchemaModel, from: TypeInfo, cmd: AstNode): Conversion {
  const typeName = cmd.def?.ColumnDef?.typeName;
  return conversion(model, from, typeInfo(typeName), schemaOf(typeName));
}

function sameType(a: TypeInfo, b: TypeInfo): boolean {
  return a.name === b.name && a.mods.join(',') === b.mods.join(',') && a.arrayDims === b.arrayDims;
}

/**
 * `USING col` or `USING col::new_type` (Knex and MikroORM write it), the column also as `table.col` or
 * `schema.table.col`: the conversion PostgreSQL would make anyway, so the change rewrites exactly when it would
 * without the clause (measured on PostgreSQL 15: varchar(50) → varchar(140) USING items.name::varchar(140)
 * rewrites nothing).
 */
function trivialUsing(expr: AstNode | undefined, table: string, column: string, to: TypeInfo): boolean {
  const isColumn = (e: AstNode | undefined): boolean => {
    const fields: string[] = (e?.ColumnRef?.fields ?? []).map((f: AstNode) => f.String?.sval);
    if (fields.length === 0 || fields[fields.length - 1] !== column) return false;
    const qualifier = fields.slice(0, -1);
    if (qualifier.length === 0) return true;
    // `table.col` names the table; `schema.table.col` (and `db.schema.table.col`) its schema too.
    return qualifier.length === 1 ? table.endsWith(`.${qualifier[0]}`) : qualifier.slice(-2).join('.') === table;
  };
  if (isColumn(expr)) return true;
  const cast = expr?.TypeCast;
  return Boolean(cast) && isColumn(cast.arg) && sameType(typeInfo(cast.typeName), to);
}

/** PostgreSQL's INTERVAL_FULL_RANGE: the fields mask of an interval that keeps all of them. */
const INTERVAL_ALL_FIELDS = 32767;

/** PostgreSQL's internal type names, as migrations write them. */
const WRITTEN_NAMES: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
};

/** A type for a message: as the migration wrote it when known, else in the words a migration would use. */
function describe(type: TypeInfo): string {
  if (type.sql) return type.sql;
  // An interval's first modifier is a fields mask, not something to print.
  const mods =
    type.name === 'interval'
      ? type.mods[1] !== undefined
        ? `(${type.mods[1]})`
        : ''
      : type.mods.length
        ? `(${type.mods.join(',')})`
        : '';
  const base =
    type.name === 'timetz'
      ? `time${mods} with time zone`
      : `${WRITTEN_NAMES[type.name] ?? quoteTypeName(type.name)}${mods}`;
  return `${base}${'[]'.repeat(type.arrayDims)}`;
}

/**
 * Whether an `ALTER COLUMN ... TYPE` command rewrites the table: known from the column's current type in `schema`;
 * undefined when that type is unknown. lock-held-during-slow-operation asks the same question.
 */
export function alterTypeRewrites(
  schema: SchemaModel,
  table: string,
  cmd: AstNode,
  session: TypeChangeSession,
): boolean | undefined {
  const from = schema.tables.get(table)?.columns.get(cmd.name)?.type;
  if (!from) return undefined;
  if (usesRealUsing(cmd, table, typeInfo(cmd.def?.ColumnDef?.typeName))) return true;
  const c = conversionOf(schema, from, cmd);
  if (c.checksDomain) return true;
  if (utcTimestampRelabel(c.from, c.to, session)) return false;
  return !binaryCompatible(c.from, c.to) || (citextRelabel(c.from, c.to) && ownCitext(schema));
}

/** A USING clause that converts the values (not the trivial `USING col::new_type`). */
function usesRealUsing(cmd: AstNode, table: string, to: TypeInfo): boolean {
  const usingExpr = cmd.def?.ColumnDef?.raw_default;
  return Boolean(usingExpr) && !trivialUsing(usingExpr, table, cmd.name, to);
}

/**
 * Names of the indexes (and unique, primary key, exclusion constraints) whose keys include the column, but for
 * those whose every key on it `keeps` its operator class.
 */
function indexesOn(
  schema: SchemaModel,
  table: string,
  column: string,
  keeps: (index: IndexInfo, key: number) => boolean = () => false,
): string[] {
  const names = new Set<string>();
  for (const index of indexesOfTable(schema, table)) {
    if (index.columns.some((c, key) => c === column && !keeps(index, key))) names.add(index.name);
  }
  for (const c of schema.tables.get(table)?.constraints.values() ?? []) {
    if ((c.kind === 'unique' || c.kind === 'primary' || c.kind === 'exclusion') && c.columns.includes(column))
      names.add(c.name);
  }
  return [...names];
}

/**
 * A change that keeps the table but not the column's collation (a new COLLATE, or none where there was one, which
 * is the type's default): PostgreSQL keeps the table's data but rebuilds every index on the column, under the
 * same AccessExclusiveLock (measured on PostgreSQL 15: the indexes get new files, the table does not).
 */
function indexesRebuiltByCollation(schema: SchemaModel, table: string, cmd: AstNode): string[] {
  const before = schema.tables.get(table)?.columns.get(cmd.name);
  if (!before) return [];
  const { from, to } = collations(schema, before, cmd);
  return from === to ? [] : indexesOn(schema, table, cmd.name);
}

/** The column's collation before and after the change: as declared, else its domain's (else the type's default). */
function collations(
  schema: SchemaModel,
  before: { type: TypeInfo; collation?: string },
  cmd: AstNode,
): { from?: string; to?: string } {
  const typeName = cmd.def?.ColumnDef?.typeName;
  return {
    from: before.collation ?? domainOf(schema, before.type)?.collation,
    to: collationOf(cmd.def?.ColumnDef) ?? domainOf(schema, typeInfo(typeName), schemaOf(typeName))?.collation,
  };
}

/**
 * Under text ↔ citext a key keeps its operator class when the index names one that is not the old type's default
 * (text_pattern_ops, gin_trgm_ops: PostgreSQL writes it out and finds the same one for the new type), and in
 * methods where citext has no default of its own and takes text's (brin, spgist; gin and gist have none): only a
 * btree or hash key on the default (text_ops ↔ citext_ops) is rebuilt (measured on PostgreSQL 15).
 */
function citextKeepsOpclass(from: TypeInfo): (index: IndexInfo, key: number) => boolean {
  const oldDefault = from.name === 'citext' ? 'citext_ops' : 'text_ops';
  return (index, key) => {
    if (index.method !== undefined && index.method !== 'hash') return true;
    const written = index.opclasses?.[key] ?? null;
    return written !== null && written !== oldDefault;
  };
}

/**
 * Indexes with an expression or a WHERE that mention the column: PostgreSQL does not check whether those still fit
 * (CheckIndexCompatible), so any type change rebuilds them, even one that keeps the table and its plain indexes
 * (measured on PostgreSQL 15: varchar(255) → varchar(320) rebuilds `(email) WHERE deleted_at IS NULL`).
 */
function indexesWithExpressionsOn(schema: SchemaModel, table: string, column: string): string[] {
  const names: string[] = [];
  for (const index of indexesOfTable(schema, table)) {
    if (!(index.partial || index.columns.includes(null))) continue;
    if (index.columns.includes(column) || index.mentions?.includes(column)) names.push(index.name);
  }
  return names;
}

/**
 * The indexes a change that keeps the table rebuilds because their operator class or collation changes: one of a
 * new collation, or one whose operator class changes (text ↔ citext, timestamp ↔ timestamptz under UTC).
 */
function indexesRetyped(schema: SchemaModel, table: string, cmd: AstNode, session: TypeChangeSession): string[] {
  const from = schema.tables.get(table)?.columns.get(cmd.name)?.type;
  const c = from && conversionOf(schema, from, cmd);
  if (c && citextRelabel(c.from, c.to)) return indexesOn(schema, table, cmd.name, citextKeepsOpclass(c.from));
  if (c && (utcTimestampRelabel(c.from, c.to, session) || polymorphicRelabel(schema, c)))
    return indexesOn(schema, table, cmd.name);
  return indexesRebuiltByCollation(schema, table, cmd);
}

/** Every index a change that keeps the table rebuilds: those retyped, and those with expressions or a WHERE. */
export function indexesRebuiltWithoutRewrite(
  schema: SchemaModel,
  table: string,
  cmd: AstNode,
  session: TypeChangeSession,
): string[] {
  return [
    ...new Set([...indexesRetyped(schema, table, cmd, session), ...indexesWithExpressionsOn(schema, table, cmd.name)]),
  ];
}

function reportIndexRebuild(ctx: StatementContext, table: RelationRef, cmd: AstNode): void {
  const indexes = indexesRebuiltWithoutRewrite(ctx.schema, table.key, cmd, ctx);
  if (indexes.length === 0) return;
  const before = ctx.schema.tables.get(table.key)?.columns.get(cmd.name);
  if (!before) return;
  const to = typeInfo(cmd.def?.ColumnDef?.typeName);
  const c = conversionOf(ctx.schema, before.type, cmd);
  const quoted = (name: string | undefined): string => (name === undefined ? 'the default' : quoteIdent(name));
  const types = `TYPE ${describe(before.type)} → ${describe(to)}`;
  const collation = collations(ctx.schema, before, cmd);
  const change =
    indexesRetyped(ctx.schema, table.key, cmd, ctx).length === 0
      ? `${types} keeps its values (PostgreSQL rebuilds every index with an expression or WHERE on the column)`
      : citextRelabel(c.from, c.to)
        ? `${types} changes how its values compare`
        : utcTimestampRelabel(c.from, c.to, ctx)
          ? `${types} keeps its values under the UTC time zone`
          : polymorphicRelabel(ctx.schema, c)
            ? `${types} keeps its values (an index on an array, enum or range is built for its exact type)`
            : `TYPE changes its collation from ${quoted(collation.from)} to ${quoted(collation.to)}`;
  ctx.report({
    message: `ALTER COLUMN ${quoteIdent(cmd.name)} ${change}: ${table.name} is not rewritten, but ${indexes.map(quoteIdent).join(', ')} ${indexes.length === 1 ? 'is' : 'are'} rebuilt under an AccessExclusiveLock: reads and writes wait until ${indexes.length === 1 ? 'it is' : 'they are'} built`,
    lock: 'AccessExclusiveLock',
  });
}

export const columnTypeRewrite: Rule = {
  meta: {
    id: 'column-type-rewrite',
    severity: 'error',
    summary: 'ALTER COLUMN ... TYPE that rewrites the table and rebuilds its indexes under an AccessExclusiveLock.',
    safeWay:
      'Expand/migrate/contract: add a new column of the new type, keep it in sync with a trigger, backfill it in batches, switch reads, then drop the old column. Widening varchar/numeric/timestamp precision or varchar → text needs no rewrite.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'AlterTableStmt') return;
      const table = relationRef(ctx.ast.relation, 'table');
      if (!table || !ctx.isPreExisting(table)) return;
      for (const cmd of alterTableCommands(ctx.ast)) {
        if (cmd.subtype !== 'AT_AlterColumnType') continue;
        const rewrites = alterTypeRewrites(ctx.schema, table.key, cmd, ctx);
        if (rewrites === false) {
          reportIndexRebuild(ctx, table, cmd);
          continue;
        }
        const to = typeInfo(cmd.def?.ColumnDef?.typeName);
        const from = ctx.schema.tables.get(table.key)?.columns.get(cmd.name)?.type;
        const using = usesRealUsing(cmd, table.key, to);
        if (!from) {
          ctx.report({
            message: `ALTER COLUMN ${quoteIdent(cmd.name)} TYPE ${describe(to)} may rewrite ${table.name} and rebuild its indexes under an AccessExclusiveLock (the current type is unknown to Sluice): reads and writes would wait until it ends`,
            lock: 'AccessExclusiveLock',
            severity: 'warning',
          });
          continue;
        }
        // (PostgreSQL checks a domain's constraints on the existing rows by rewriting them.)
        const checks =
          !using && conversionOf(ctx.schema, from, cmd).checksDomain ? ` to check ${describe(to)}'s constraints` : '';
        // timestamp ↔ timestamptz rewrites only because the session's time zone is not known to be UTC.
        const c = conversionOf(ctx.schema, from, cmd);
        const utc =
          !using &&
          !c.checksDomain &&
          utcTimestampRelabel(c.from, c.to, { pgVersion: ctx.pgVersion, timeZoneUtc: true });
        const unlessUtc = utc
          ? ` unless the session's TimeZone is UTC (PostgreSQL 12 and later then keep ${table.name} and rebuild only the indexes on ${quoteIdent(cmd.name)})`
          : '';
        // SET LOCAL outside a transaction changes nothing.
        const makeSure = utc
          ? `. Run ${ctx.inTransaction ? 'SET LOCAL' : 'SET'} timezone = 'UTC' before the ALTER to be sure of it (Sluice then knows)`
          : '';
        ctx.report({
          message: `ALTER COLUMN ${quoteIdent(cmd.name)} TYPE ${describe(from)} → ${describe(to)}${using ? ' USING ...' : ''} rewrites ${table.name}${checks} and rebuilds its indexes under an AccessExclusiveLock${unlessUtc}: reads and writes wait until it ends${makeSure}`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
