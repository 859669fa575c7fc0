// Replays statements into the schema model. A SchemaBuilder shares the maps of the model it starts from and
// copies one only when it first changes it, so replaying a DML-heavy file costs nothing and a cached history
// model is never mutated. What a statement does that replay cannot follow makes the affected table
// `complete: false` (or drops it), so rules see "unknown" rather than a wrong answer.
import {
  calledFunctionNames,
  collationOf,
  isNullConstant,
  notNullCheckColumn,
  typeNameOf,
  VOLATILE_FUNCTIONS,
} from '../facts/expressions';
import { perStatement } from '../facts/perStatement';
import type { RuleState } from '../rules/rule';
import { relationRef, setConfigCalls } from '../facts/statementFacts';
import { rangeVars } from '../facts/rangeVars';
import { relationPresence } from '../facts/relationPresence';
import { schemaElements } from '../facts/schemaElements';
import { checkBounds, detachedBoundCheck, partitionBoundOf, samePartitionBound } from './checkBounds';
import { doBlockBody } from '../syntax/doBlock';
import type { AstNode } from '../syntax/parse';
import type { Comment } from '../syntax/split';
import { columnDefaultText, constraintBody, setDefaultText, typeText } from './sourceText';
import {
  ColumnInfo,
  ConstraintInfo,
  ConstraintKind,
  DomainInfo,
  EMPTY_SCHEMA,
  IndexInfo,
  SchemaModel,
  TableInfo,
  TypeInfo,
  ViewInfo,
  Volatility,
} from './model';

const SERIALS: Record<string, string> = {
  serial: 'int4',
  serial4: 'int4',
  bigserial: 'int8',
  serial8: 'int8',
  smallserial: 'int2',
  serial2: 'int2',
};

/** ALTER TABLE subcommands that change nothing the model records. */
const NEUTRAL_SUBCOMMANDS = new Set([
  'AT_SetStatistics',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_SetStorage',
  'AT_SetCompression',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ReplaceRelOptions',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_SetLogged',
  'AT_SetUnLogged',
  'AT_ChangeOwner',
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_DisableTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
  'AT_EnableRowSecurity',
  'AT_DisableRowSecurity',
  'AT_ForceRowSecurity',
  'AT_NoForceRowSecurity',
  'AT_ReplicaIdentity',
  'AT_EnableRule',
  'AT_DisableRule',
  'AT_GenericOptions',
]);

export function typeInfo(typeName: AstNode | undefined): TypeInfo {
  const raw = typeNameOf(typeName);
  const mods = (typeName?.typmods ?? [])
    .map((m: AstNode) => m.A_Const?.ival?.ival ?? (m.A_Const?.ival ? 0 : undefined))
    .filter((m: unknown): m is number => typeof m === 'number');
  const info: TypeInfo = { name: SERIALS[raw] ?? raw, mods, arrayDims: (typeName?.arrayBounds ?? []).length };
  const parts: AstNode[] = typeName?.names ?? [];
  const schema = parts.length > 1 ? parts[parts.length - 2].String?.sval : undefined;
  if (typeof schema === 'string' && schema !== 'pg_catalog') info.schema = schema;
  return info;
}

const VOLATILE_CALL = new RegExp(`\\b(?:${[...VOLATILE_FUNCTIONS].join('|')})\\s*\\(`, 'i');

/** Whether a SQL function body (as written) calls one of the functions known to be volatile. */
function callsVolatileFunction(body: string): boolean {
  return VOLATILE_CALL.test(body);
}

function names(list: AstNode[] | undefined): string[] {
  return (list ?? []).map((n) => n.String?.sval).filter((s): s is string => typeof s === 'string');
}

/** The functions an expression calls, as written (`f`, `app.f`); undefined when none. */
function callsIn(...nodes: unknown[]): string[] | undefined {
  const calls = [...new Set(calledFunctionNames(nodes).map((parts) => parts.slice(-2).join('.')))];
  return calls.length > 0 ? calls : undefined;
}

/** `nextval('app.seq'::regclass)` → `app.seq` (the regclass text: unquoted parts fold to lower case). */
function nextvalSequence(expr: AstNode | undefined): string | undefined {
  const call = expr?.FuncCall;
  if (!call || names(call.funcname).pop() !== 'nextval') return undefined;
  let arg = call.args?.[0];
  while (arg?.TypeCast) arg = arg.TypeCast.arg;
  const text = arg?.A_Const?.sval?.sval;
  if (typeof text !== 'string') return undefined;
  const parts = [...text.matchAll(/"((?:[^"]|"")*)"|([^."]+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].trim().toLowerCase(),
  );
  return parts.length === 1 ? `public.${parts[0]}` : parts.length === 2 ? parts.join('.') : undefined;
}

/** The sequence a serial column makes (ChooseRelationName: table and column names cut to fit 63 bytes). */
function serialSequence(tableKey: string, column: string): string {
  const schema = tableKey.slice(0, tableKey.indexOf('.'));
  let table = [...tableKey.slice(schema.length + 1)];
  let col = [...column];
  const bytes = (chars: string[]) => Buffer.byteLength(chars.join(''));
  while (bytes(table) + bytes(col) > 63 - 5) {
    if (bytes(table) > bytes(col)) table = table.slice(0, -1);
    else col = col.slice(0, -1);
  }
  return `${schema}.${table.join('')}_${col.join('')}_seq`;
}

/**
 * Whether something calling `calls` depends on the dropped function(s) `schema.name`: 'yes', 'no', or 'maybe' when
 * another function of that name may be the one called (an overload, or an unqualified call resolved elsewhere).
 */
function callsDropped(
  calls: readonly string[] | undefined,
  dropped: { schema: string; name: string; overloads: boolean },
): 'yes' | 'no' | 'maybe' {
  let answer: 'yes' | 'no' | 'maybe' = 'no';
  for (const call of calls ?? []) {
    const dot = call.lastIndexOf('.');
    if (call.slice(dot + 1) !== dropped.name) continue;
    const schema = dot < 0 ? undefined : call.slice(0, dot);
    if (schema !== undefined && schema !== dropped.schema) continue;
    if (!dropped.overloads && (schema !== undefined || dropped.schema === 'public')) return 'yes';
    answer = 'maybe';
  }
  return answer;
}

/** Types an extension creates (DROP EXTENSION ... CASCADE drops the columns of these). */
export const EXTENSION_TYPES: Record<string, readonly string[]> = {
  citext: ['citext'],
  hstore: ['hstore'],
  ltree: ['ltree', 'lquery', 'ltxtquery'],
  cube: ['cube'],
  seg: ['seg'],
  vector: ['vector', 'halfvec', 'sparsevec'],
  postgis: ['geometry', 'geography', 'box2d', 'box3d'],
  isn: ['ean13', 'isbn', 'isbn13', 'ismn', 'ismn13', 'issn', 'issn13', 'upc'],
};

/**
 * Functions an extension creates that defaults and checks call (DROP EXTENSION ... CASCADE drops what calls them).
 * Not pgcrypto's gen_random_uuid: an unqualified call finds PostgreSQL's own first (pg_catalog).
 */
const EXTENSION_FUNCTIONS: Record<string, readonly string[]> = {
  'uuid-ossp': (
    'uuid_generate_v1 uuid_generate_v1mc uuid_generate_v3 uuid_generate_v4 uuid_generate_v5 uuid_nil uuid_ns_dns ' +
    'uuid_ns_oid uuid_ns_url uuid_ns_x500'
  ).split(' '),
  pgcrypto: (
    'armor crypt dearmor decrypt decrypt_iv digest encrypt encrypt_iv gen_random_bytes gen_salt hmac ' +
    'pgp_sym_encrypt pgp_sym_decrypt pgp_pub_encrypt pgp_pub_decrypt'
  ).split(' '),
};

/** Types PostgreSQL itself has (names as typeNameOf gives them): no extension can take a column of these away. */
export const BUILT_IN_TYPES = new Set(
  (
    'int2 int4 int8 float4 float8 numeric bool text varchar bpchar char name uuid date time timetz timestamp ' +
    'timestamptz interval json jsonb bytea inet cidr macaddr macaddr8 money bit varbit xml tsvector tsquery oid ' +
    'regclass point line lseg box path polygon circle pg_lsn int4range int8range numrange tsrange tstzrange daterange'
  ).split(' '),
);

/** Functions PostgreSQL itself has that defaults, checks and indexes commonly call. */
const BUILT_IN_FUNCTIONS = new Set(
  (
    'now gen_random_uuid nextval currval lower upper length char_length octet_length btrim ltrim rtrim trim ' +
    'clock_timestamp statement_timestamp transaction_timestamp timezone date_trunc date_part extract random md5 ' +
    'to_tsvector to_char to_date to_timestamp array_length cardinality jsonb_typeof json_typeof ' +
    'jsonb_array_length jsonb_build_object json_build_object concat concat_ws substring substr replace ' +
    'regexp_replace abs round floor ceil left right position coalesce greatest least'
  ).split(' '),
);

function qualifiedKey(list: AstNode[] | undefined): string {
  const parts = names(list);
  return parts.length > 1 ? `${parts[parts.length - 2]}.${parts[parts.length - 1]}` : `public.${parts[0]}`;
}

/** `a IS NOT NULL AND b IS NOT NULL` → [a, b]; undefined when any condition is something else. */
function onlyNotNullTests(expr: AstNode): string[] | undefined {
  const conditions = expr.BoolExpr?.boolop === 'AND_EXPR' ? (expr.BoolExpr.args ?? []).length : 1;
  const columns = notNullConjuncts(expr);
  return columns.length === conditions ? columns : undefined;
}

function domainInfo(d: Omit<DomainInfo, 'constrained'>): DomainInfo {
  const constrained = (d.checks?.length ?? 0) > 0 || Boolean(d.notNull) || Boolean(d.baseConstrained);
  return { ...d, constrained };
}

/** Column names an expression refers to (`a > 0 AND b IS NOT NULL` → [a, b]). */
function referencedColumns(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => referencedColumns(n, into));
  else if (node && typeof node === 'object') {
    const ref = (node as AstNode).ColumnRef;
    if (ref) {
      const fields = names(ref.fields);
      if (fields.length > 0 && !into.includes(fields[fields.length - 1])) into.push(fields[fields.length - 1]);
    } else for (const value of Object.values(node)) referencedColumns(value, into);
  }
  return into;
}

/** `a IS NOT NULL AND b > 0 AND c IS NOT NULL` → [a, c]. */
function notNullConjuncts(expr: AstNode | undefined, into: string[] = []): string[] {
  const bool = expr?.BoolExpr;
  if (bool?.boolop === 'AND_EXPR') for (const arg of bool.args ?? []) notNullConjuncts(arg, into);
  const column = notNullCheckColumn(expr);
  if (column) into.push(column);
  return into;
}

const SUFFIX: Record<ConstraintKind, string> = {
  check: 'check',
  foreign: 'fkey',
  unique: 'key',
  primary: 'pkey',
  exclusion: 'excl',
  notnull: 'not_null',
};

const KIND: Record<string, ConstraintKind> = {
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'foreign',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary',
  CONSTR_EXCLUSION: 'exclusion',
  CONSTR_NOTNULL: 'notnull',
};

/** PostgreSQL's default names (ChooseConstraintName / ChooseIndexName), truncated to 63 bytes, made unique. */
function defaultName(
  table: string,
  columns: readonly (string | null)[],
  suffix: string,
  taken: (n: string) => boolean,
): string {
  const cols = columns.length > 0 ? columns.map((c) => c ?? 'expr').join('_') : '';
  const base = suffix === 'pkey' ? `${table}_pkey` : cols ? `${table}_${cols}_${suffix}` : `${table}_${suffix}`;
  let name = base.slice(0, 63);
  for (let n = 1; taken(name); n++) name = `${base.slice(0, 63 - String(n).length)}${n}`;
  return name;
}

function columnConstraints(def: AstNode): AstNode[] {
  return (def.constraints ?? []).map((c: AstNode) => c.Constraint).filter(Boolean);
}

/**
 * A table's indexes: the first `count` of `all`. A value stored in the schema is never changed, yet adding an index
 * must not copy the table's list (a table with thousands of indexes made replay quadratic): versions share one
 * array, and a version appends to it in place only when it is the longest one; otherwise it copies. The indexes
 * themselves are kept, not their keys: rules ask for a table's indexes at every keyed UPDATE, foreign key and type
 * change, and looking each key up again cost more than the rules' own checks.
 */
interface TableIndexes {
  readonly all: IndexInfo[];
  readonly count: number;
}

function withIndex(list: TableIndexes, index: IndexInfo): TableIndexes {
  if (list.all.length === list.count) {
    list.all.push(index);
    return { all: list.all, count: list.count + 1 };
  }
  return { all: [...list.all.slice(0, list.count), index], count: list.count + 1 };
}

/** A column as its definition declares it; with `source` (the statement's text), types and defaults as written. */
function columnInfo(def: AstNode, source: string | undefined): ColumnInfo {
  const type = typeInfo(def.typeName);
  const raw = typeNameOf(def.typeName);
  const constraints = columnConstraints(def);
  const defaultConstraint = constraints.find((c) => c.contype === 'CONSTR_DEFAULT' && !isNullConstant(c.raw_expr));
  const generated = constraints.find((c) => c.contype === 'CONSTR_GENERATED');
  if (source !== undefined) Object.assign(type, defined('sql', typeText(source, def.typeName)));
  const info: ColumnInfo = {
    name: def.colname,
    type,
    // serial types and identity columns are NOT NULL whatever the definition says (PostgreSQL sets attnotnull).
    notNull:
      Boolean(SERIALS[raw]) ||
      constraints.some(
        (c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_IDENTITY',
      ),
    hasDefault:
      Boolean(SERIALS[raw]) ||
      Boolean(defaultConstraint || generated) ||
      constraints.some((c) => c.contype === 'CONSTR_IDENTITY'),
  };
  // (Set only when there is something to say: most columns have no default, and a replay makes thousands of them.)
  if (defaultConstraint || generated) {
    const calls = callsIn(defaultConstraint?.raw_expr, generated?.raw_expr);
    if (calls) info.calls = calls;
    const sequence = nextvalSequence(defaultConstraint?.raw_expr);
    if (sequence) info.sequence = sequence;
    if (generated) info.generated = true;
    if (generated?.generated_kind === 'v') info.virtual = true;
    const sql = source !== undefined && defaultConstraint ? columnDefaultText(source, defaultConstraint) : undefined;
    if (sql !== undefined) info.defaultSql = sql;
  }
  const collation = collationOf(def);
  if (collation !== undefined) info.collation = collation;
  return info;
}

const plainColumnInfo = perStatement((def: AstNode): ColumnInfo => columnInfo(def, undefined));

/** A type as a procedure's signature names it: `pg_catalog.int4`, `text[]`. */
function signatureType(type: AstNode | undefined): string {
  return names(type?.names).join('.') + (type?.arrayBounds ? '[]' : '');
}

/**
 * The argument types of a procedure's overload, from its FunctionParameters (OUT ones too: PostgreSQL 14+ counts
 * them for procedures; a DROP naming fewer then matches none, and every overload becomes unknown).
 */
function parameterSignature(parameters: AstNode[]): string {
  return parameters
    .map((p) => p.FunctionParameter)
    .filter((p: AstNode | undefined) => p && p.mode !== 'FUNC_PARAM_TABLE')
    .map((p: AstNode) => signatureType(p.argType))
    .join(',');
}

/** A function argument's type, `pg_catalog.` left out (`integer` is `pg_catalog.int4`, `int4` is `int4`). */
function argumentType(type: AstNode | undefined): string {
  return signatureType(type).replace(/^pg_catalog\./, '');
}

/** A function's argument types (OUT and TABLE parameters do not tell its overloads apart). */
function functionSignature(parameters: AstNode[]): string {
  return parameters
    .map((p) => p.FunctionParameter)
    .filter((p: AstNode | undefined) => p && p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
    .map((p: AstNode) => argumentType(p.argType))
    .join(',');
}

/** The overload a DROP names (ObjectWithArgs), in the same form as parameterSignature's. */
function droppedSignature(object: AstNode): string {
  if (object.objfuncargs) return parameterSignature(object.objfuncargs);
  return ((object.objargs ?? []) as AstNode[]).map((t) => signatureType(t.TypeName)).join(',');
}

/**
 * A CREATE PROCEDURE's overload and whether its body COMMITs or ROLLBACKs. Only PL/pgSQL is read (an SQL
 * procedure cannot end transactions; other languages are unknown: false). Its parameters become variables of an
 * outer block, or PL/pgSQL's parser refuses an assignment to one.
 */
const procedureOf = perStatement((ast: AstNode): { signature: string; commits: boolean } => {
  const signature = parameterSignature(ast.parameters ?? []);
  const options: AstNode[] = (ast.options ?? []).map((o: AstNode) => o.DefElem).filter(Boolean);
  const language = options.find((d) => d.defname === 'language')?.arg?.String?.sval;
  const body = options.find((d) => d.defname === 'as')?.arg?.List?.items?.[0]?.String?.sval;
  if (typeof language !== 'string' || language.toLowerCase() !== 'plpgsql' || typeof body !== 'string')
    return { signature, commits: false };
  const declared = (ast.parameters ?? [])
    .map((p: AstNode) => p.FunctionParameter?.name)
    .filter((name: unknown): name is string => typeof name === 'string')
    .map((name: string) => `"${name.replace(/"/g, '""')}" text;`);
  // (The body's own block becomes a statement: one `;` after its END, not two.)
  const source =
    declared.length === 0 ? body : `DECLARE ${declared.join(' ')}\nBEGIN\n${body.replace(/;\s*$/, '')}\n;\nEND`;
  const commits = doBlockBody({ args: [{ DefElem: { defname: 'as', arg: { String: { sval: source } } } }] }).commits;
  return { signature, commits };
});

/** For each of the builder's maps, whether it still belongs to the base model (written only after a copy). */
function sharedMaps(shared: boolean) {
  return {
    tables: shared,
    indexes: shared,
    enums: shared,
    domains: shared,
    views: shared,
    functions: shared,
    functionSignatures: shared,
    procedures: shared,
    gone: shared,
    partialSchemas: shared,
  };
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Whether CALL of `funcname` ends transactions: the history made a procedure of that name and every overload of
 * it COMMITs or ROLLBACKs in its body.
 */
export function procedureEndsTransactions(model: SchemaModel, funcname: AstNode[] | undefined): boolean {
  const overloads = model.procedures.get(qualifiedKey(funcname));
  return overloads !== undefined && overloads.size > 0 && [...overloads.values()].every(Boolean);
}

export class SchemaBuilder {
  private tables: Map<string, TableInfo>;
  private indexes: Map<string, IndexInfo>;
  private enums: Map<string, readonly string[]>;
  private domains: Map<string, DomainInfo>;
  private views: Map<string, ViewInfo>;
  private functions: Map<string, Volatility>;
  private functionSignatures: Map<string, readonly string[]>;
  private procedures: Map<string, ReadonlyMap<string, boolean>>;
  /** SchemaModel.gone and SchemaModel.partialSchemas. */
  private gone: Set<string>;
  private partialSchemas: Set<string>;
  /** Applying the elements of a CREATE SCHEMA: what they name without a schema is that schema's. */
  private inSchemaElements = false;
  /** Which of the maps above still belong to the base model (copy before writing). */
  private shared = sharedMaps(true);
  /** Tables this builder copied since the last snapshot: nobody else sees them, so they change in place. */
  private owned = new Set<TableInfo>();
  private view: SchemaModel | undefined;
  /**
   * Index keys by table key, kept with `indexes` (built on first use): DROP and RENAME COLUMN, DROP and RENAME
   * TABLE look at one table's indexes, not at every index of the schema.
   */
  private tableIndexes: Map<string, TableIndexes> | undefined;
  /**
   * How many volatile functions of each name (without its schema) `functions` holds, kept with it once built: rules
   * ask at every column default that calls a function, and scanning every function each time cost a long history.
   */
  private volatileNames: Map<string, number> | undefined;
  /** The text of the statement being applied, when the caller passed it: parts are then kept as written. */
  private source: string | undefined;

  /** Each statement's writes are remembered (walk/tracked.ts): what one stored is never changed by a later one. */
  private readonly immutable: boolean;

  /** The session's default_tablespace, as SchemaModel.defaultTablespace says it. */
  private readonly defaultTablespace: { get(): string | undefined; set(value: string | undefined): void };

  /**
   * The statements are a pg_dump's: it writes every materialized view WITH NO DATA, populated or not, so that
   * says nothing of whether the view was (treated as populated: reads of it may be blocked).
   */
  fromPgDump = false;

  /**
   * With `state`, the model lives in tracked maps, so the walk can see what each statement read and wrote;
   * `remembered`: the walk keeps those writes for the next analysis, so stored values must never change.
   */
  constructor(
    /** The model it started from (for a migration: its history). */
    readonly base: SchemaModel = EMPTY_SCHEMA,
    state?: RuleState,
    remembered = false,
  ) {
    this.immutable = remembered;
    // A migration may run in the session of the one before or in a new one: only the database's default is sure.
    const defaultTablespace = base.defaultTablespace === '' ? '' : undefined;
    if (state) this.defaultTablespace = state.cell<string | undefined>(defaultTablespace);
    else {
      let value: string | undefined = defaultTablespace;
      this.defaultTablespace = { get: () => value, set: (v) => (value = v) };
    }
    if (state) {
      this.tables = state.map<string, TableInfo>() as unknown as Map<string, TableInfo>;
      this.indexes = state.map<string, IndexInfo>() as unknown as Map<string, IndexInfo>;
      this.enums = state.map<string, readonly string[]>() as unknown as Map<string, readonly string[]>;
      this.domains = state.map() as unknown as Map<string, DomainInfo>;
      this.views = state.map() as unknown as Map<string, ViewInfo>;
      this.functions = state.map() as unknown as Map<string, Volatility>;
      this.functionSignatures = state.map() as unknown as Map<string, readonly string[]>;
      this.procedures = state.map() as unknown as Map<string, ReadonlyMap<string, boolean>>;
      for (const [k, v] of base.tables) this.tables.set(k, v);
      for (const [k, v] of base.indexes) this.indexes.set(k, v);
      this.tableIndexes = state.map<string, TableIndexes>() as unknown as Map<string, TableIndexes>;
      for (const index of base.indexes.values()) this.indexAdded(index);
      for (const [k, v] of base.enums) this.enums.set(k, v);
      for (const [k, v] of base.domains) this.domains.set(k, v);
      for (const [k, v] of base.views) this.views.set(k, v);
      for (const [k, v] of base.functions) this.functions.set(k, v);
      this.volatileNames = state.map<string, number>() as unknown as Map<string, number>;
      for (const [k, v] of base.functions) this.volatileNameCounted(k, undefined, v);
      for (const [k, v] of base.functionSignatures) this.functionSignatures.set(k, v);
      for (const [k, v] of base.procedures) this.procedures.set(k, v);
      this.gone = state.set<string>() as unknown as Set<string>;
      for (const k of base.gone ?? NO_KEYS) this.gone.add(k);
      this.partialSchemas = state.set<string>() as unknown as Set<string>;
      for (const k of base.partialSchemas ?? NO_KEYS) this.partialSchemas.add(k);
      this.shared = sharedMaps(false);
      return;
    }
    this.tables = base.tables as Map<string, TableInfo>;
    this.indexes = base.indexes as Map<string, IndexInfo>;
    this.enums = base.enums as Map<string, readonly string[]>;
    this.domains = base.domains as Map<string, DomainInfo>;
    this.views = base.views as Map<string, ViewInfo>;
    this.functions = base.functions as Map<string, Volatility>;
    this.functionSignatures = base.functionSignatures as Map<string, readonly string[]>;
    this.procedures = base.procedures as Map<string, ReadonlyMap<string, boolean>>;
    this.gone = (base.gone ?? NO_KEYS) as Set<string>;
    this.partialSchemas = (base.partialSchemas ?? NO_KEYS) as Set<string>;
  }

  /**
   * Whether the history before this file created a table in the schema of `key` (`app.users`): without that, a
   * table missing from the model says nothing of whether the database has one of that name (isKnownAbsent).
   * Tables this file made say nothing of it, nor do tables of other schemas (`auth.users` of Supabase, a schema
   * made outside the migrations), nor tables the history only altered.
   */
  private knowsSchemaOf(key: string): boolean {
    if (!this.baseSchemas) {
      this.baseSchemas = new Set();
      for (const [key, table] of this.base.tables)
        if (!table.assumed) this.baseSchemas.add(key.slice(0, key.indexOf('.')));
    }
    return this.baseSchemas.has(key.slice(0, key.indexOf('.')));
  }

  private baseSchemas: Set<string> | undefined;

  /**
   * Whether the database certainly has no relation `key`: the model has none, and either the migrations dropped it
   * (or renamed or moved it away) and made none of that name since, or they created tables of its schema and never
   * used one of it they had not made. Then `DROP ... IF EXISTS` and `ALTER TABLE IF EXISTS` of it do nothing.
   * Otherwise it may be there, as when there is no history at all.
   */
  isKnownAbsent(key: string): boolean {
    return !this.hasRelation(key) && this.absentUnlessModelled(key);
  }

  private hasRelation(key: string): boolean {
    return this.tables.has(key) || this.views.has(key) || this.indexes.has(key);
  }

  /** Whether a relation `key` the model does not have is known not to be there (isKnownAbsent). */
  private absentUnlessModelled(key: string): boolean {
    if (this.gone.has(key)) return true;
    return this.knowsSchemaOf(key) && !this.partialSchemas.has(key.slice(0, key.indexOf('.')));
  }

  /**
   * What the statement shows of which relations exist (facts/relationPresence.ts), asked before it changes the
   * model: a table or view it uses that the model lacks makes its schema partial; what it drops is gone (so is
   * what the model loses as it takes the statement in: the indexes of a dropped column, the views of a CASCADE).
   */
  private followPresence(kind: string, ast: AstNode): void {
    const presence = relationPresence(ast, kind);
    // (The elements of CREATE SCHEMA find unqualified names in the new schema first: not followed.)
    if (!this.inSchemaElements && (presence.ifExists === undefined || this.hasRelation(presence.ifExists))) {
      for (const key of presence.uses) {
        if (this.hasRelation(key)) continue;
        const schema = key.slice(0, key.indexOf('.'));
        if (!this.partialSchemas.has(schema)) {
          this.writable('partialSchemas');
          this.partialSchemas.add(schema);
        }
        // Made again where the migrations do not show it.
        if (this.gone.has(key)) this.notGone(key);
      }
    }
    for (const key of presence.removes) this.markGone(key);
    for (const key of presence.makes) if (this.gone.has(key)) this.notGone(key);
  }

  /** A relation no longer there: dropped, renamed or moved away (itself, or with what it belonged to). */
  private markGone(key: string): void {
    if (this.gone.has(key)) return;
    this.writable('gone');
    this.gone.add(key);
  }

  private notGone(key: string): void {
    this.writable('gone');
    this.gone.delete(key);
  }

  /** The current state. Valid until the next apply(); rules must not keep it. */
  get model(): SchemaModel {
    // Asked for before every statement: built again only when a map was replaced.
    this.view ??= {
      tables: this.tables,
      indexes: this.indexes,
      indexesOf: this.indexesOfTable,
      hasVolatileFunctionNamed: this.hasVolatileFunctionNamed,
      enums: this.enums,
      domains: this.domains,
      views: this.views,
      functions: this.functions,
      functionSignatures: this.functionSignatures,
      procedures: this.procedures,
      gone: this.gone,
      partialSchemas: this.partialSchemas,
    };
    return this.view;
  }

  /**
   * An immutable model: later applies copy before they write. (Without the per-table index and function name
   * lookups, which read the builder as it is when asked, not as it was.)
   */
  snapshot(): SchemaModel {
    this.shared = sharedMaps(true);
    this.owned = new Set();
    const { indexesOf: _live, hasVolatileFunctionNamed: _alsoLive, ...model } = this.model;
    return { ...model, ...defined('defaultTablespace', this.defaultTablespace.get()) };
  }

  private writable(name: keyof SchemaBuilder['shared']): void {
    if (!this.shared[name]) return;
    this.shared[name] = false;
    const self = this as unknown as Record<string, Map<string, unknown>>;
    const sets = name === 'gone' || name === 'partialSchemas';
    self[name] = (sets ? new Set(self[name].keys()) : new Map(self[name])) as Map<string, unknown>;
    this.view = undefined;
  }

  private setTable(table: TableInfo): void {
    this.writable('tables');
    this.tables.set(table.key, table);
  }

  private deleteTable(key: string): void {
    if (!this.tables.has(key)) return;
    this.writable('tables');
    this.tables.delete(key);
    this.markGone(key);
    for (const index of this.indexesOf(key)) this.deleteIndex(index.key);
  }

  private readonly indexesOfTable = (table: string): readonly IndexInfo[] => this.indexesOf(table);

  private setFunction(key: string, volatility: Volatility): void {
    const before = this.functions.get(key);
    this.writable('functions');
    this.functions.set(key, volatility);
    this.volatileNameCounted(key, before, volatility);
  }

  private deleteFunction(key: string): void {
    if (!this.functions.has(key)) return;
    const before = this.functions.get(key);
    this.writable('functions');
    this.functions.delete(key);
    this.volatileNameCounted(key, before, undefined);
  }

  private readonly hasVolatileFunctionNamed = (name: string): boolean => {
    if (!this.volatileNames) {
      this.volatileNames = new Map();
      for (const [key, volatility] of this.functions) this.volatileNameCounted(key, undefined, volatility);
    }
    return this.volatileNames.has(name);
  };

  /** Keeps volatileNames (once built) counting the function `key` as it was before and is after a change. */
  private volatileNameCounted(key: string, before: Volatility | undefined, after: Volatility | undefined): void {
    if (!this.volatileNames || (before === 'volatile') === (after === 'volatile')) return;
    const name = key.slice(key.indexOf('.') + 1);
    const count = (this.volatileNames.get(name) ?? 0) + (after === 'volatile' ? 1 : -1);
    if (count > 0) this.volatileNames.set(name, count);
    else this.volatileNames.delete(name);
  }

  /** The indexes of one table (valid until the next change: callers read it, never keep it). */
  private indexesOf(table: string): readonly IndexInfo[] {
    if (!this.tableIndexes) {
      this.tableIndexes = new Map();
      for (const index of this.indexes.values()) this.indexAdded(index);
    }
    const list = this.tableIndexes.get(table);
    if (!list) return [];
    return list.count === list.all.length ? list.all : list.all.slice(0, list.count);
  }

  /** `index` is not among its table's indexes yet. */
  private indexAdded(index: IndexInfo): void {
    const list = this.tableIndexes?.get(index.table);
    this.tableIndexes?.set(index.table, list ? withIndex(list, index) : { all: [index], count: 1 });
  }

  /** The index of `key` is among its table's indexes: `index` takes its place. */
  private indexReplaced(index: IndexInfo): void {
    const list = this.tableIndexes?.get(index.table);
    if (!list) return;
    const all = list.all.slice(0, list.count).map((i) => (i.key === index.key ? index : i));
    this.tableIndexes?.set(index.table, { all, count: all.length });
  }

  private indexRemoved(table: string, key: string): void {
    const list = this.tableIndexes?.get(table);
    if (!list) return;
    const all = list.all.slice(0, list.count).filter((i) => i.key !== key);
    if (all.length === list.count) return;
    if (all.length === 0) this.tableIndexes?.delete(table);
    else this.tableIndexes?.set(table, { all, count: all.length });
  }

  private setIndex(index: IndexInfo): void {
    this.writable('indexes');
    if (this.tableIndexes) {
      const before = this.indexes.get(index.key);
      if (before && before.table !== index.table) this.indexRemoved(before.table, index.key);
      if (before?.table !== index.table) this.indexAdded(index);
      else if (before !== index) this.indexReplaced(index);
    }
    this.indexes.set(index.key, index);
  }

  private renameIndex(key: string, newName: string): void {
    const index = this.indexes.get(key);
    if (!index || index.name === newName) return;
    const schema = key.slice(0, key.indexOf('.'));
    this.deleteIndex(key);
    this.setIndex({ ...without(index, 'definition'), key: `${schema}.${newName}`, name: newName });
  }

  /** `forgotten`: it may still be there (the model only no longer knows it). */
  private deleteIndex(key: string, forgotten = false): void {
    const index = this.indexes.get(key);
    if (!index) return;
    this.writable('indexes');
    this.indexes.delete(key);
    if (!forgotten) this.markGone(key);
    this.indexRemoved(index.table, key);
  }

  private updateTable(key: string, change: (t: MutableTable) => void): void {
    const table = this.tables.get(key);
    if (!table) return;
    if (this.owned.has(table)) {
      change(table as MutableTable);
      return;
    }
    const draft: MutableTable = {
      ...table,
      columns: new Map(table.columns),
      constraints: new Map(table.constraints),
    };
    change(draft);
    this.owned.add(draft);
    this.setTable(draft);
  }

  private markIncomplete(key: string | undefined): void {
    if (key && this.tables.get(key)?.complete) this.updateTable(key, (t) => (t.complete = false));
  }

  /** `text` (optional) is the statement's source: with it, types, defaults and definitions are kept as written. */
  /** apply(), and for a DO block the statements of its body after it (a walk applies those as it reaches them). */
  applyWithBlock(kind: string, ast: AstNode, text?: string): void {
    this.apply(kind, ast, text);
    if (kind !== 'DoStmt') return;
    for (const statement of doBlockBody(ast).statements) {
      if (statement.parse.ok) this.apply(statement.parse.kind, statement.parse.ast);
    }
  }

  apply(kind: string, ast: AstNode, text?: string): void {
    this.source = text;
    // Remembered steps: a table copied by an earlier statement is in that statement's record; copy it again.
    if (this.immutable && this.owned.size > 0) this.owned = new Set();
    this.followPresence(kind, ast);
    switch (kind) {
      case 'CreateStmt':
        return this.createTable(ast);
      case 'CreateTableAsStmt': {
        const ref = relationRef(ast.into?.rel, 'table');
        if (!ref) return;
        if (ast.objtype === 'OBJECT_MATVIEW') {
          this.writable('views');
          this.views.set(ref.key, {
            materialized: true,
            dependsOn: rangeVars(ast.query),
            ...(ast.into?.skipData && !this.fromPgDump ? { unpopulated: true } : {}),
          });
        } else {
          const table = this.queryTable(ref.key, ref.written, ast.query?.SelectStmt, ast.into);
          this.setTable({ ...table, ...defined('tablespace', this.newTableTablespace(ast.into?.tableSpaceName)) });
        }
        return;
      }
      case 'SelectStmt': {
        // set_config('default_tablespace', value, is_local), as SET [LOCAL] does.
        for (const call of setConfigCalls(ast))
          if (call.setting === 'default_tablespace') this.defaultTablespace.set(call.local ? undefined : call.value);
        // SELECT ... INTO new_table: its columns are those of the query, not known here.
        const ref = relationRef(ast.intoClause?.rel, 'table');
        if (ref)
          this.setTable({
            ...emptyTable(ref.key, ref.written, false),
            ...defined('tablespace', this.newTableTablespace(undefined)),
          });
        return;
      }
      case 'VariableSetStmt':
        if (ast.name === 'default_tablespace' || ast.kind === 'VAR_RESET_ALL')
          this.defaultTablespace.set(sessionDefaultTablespace(ast));
        return;
      case 'DiscardStmt':
        if (ast.target === 'DISCARD_ALL') this.defaultTablespace.set(undefined);
        return;
      case 'AlterDatabaseSetStmt':
      case 'AlterRoleSetStmt':
        // The sessions of later migrations start with it (this one's does not, but it ends unknown all the same).
        if (ast.setstmt?.name === 'default_tablespace') this.defaultTablespace.set(undefined);
        return;
      case 'AlterTableMoveAllStmt':
        // (OWNED BY moves only some of them.)
        if (ast.objtype === 'OBJECT_TABLE')
          for (const [key, table] of [...this.tables])
            if (table.tablespace === ast.orig_tablespacename) this.updateTable(key, (t) => delete t.tablespace);
        return;
      case 'CreateSchemaStmt':
        this.inSchemaElements = true;
        try {
          for (const element of schemaElements(ast)) this.apply(element.kind, element.ast, text);
        } finally {
          this.inSchemaElements = false;
        }
        return;
      case 'RefreshMatViewStmt': {
        // REFRESH ... (WITH DATA) populates it; WITH NO DATA empties it again.
        const ref = relationRef(ast.relation, 'view');
        const view = ref && this.views.get(ref.key);
        if (!ref || !view || Boolean(view.unpopulated) === Boolean(ast.skipData)) return;
        this.writable('views');
        this.views.set(ref.key, ast.skipData ? { ...view, unpopulated: true } : without(view, 'unpopulated'));
        return;
      }
      case 'CreateFunctionStmt': {
        if (ast.is_procedure) return this.createProcedure(ast);
        const key = qualifiedKey(ast.funcname);
        this.addFunctionSignature(key, functionSignature(ast.parameters ?? []));
        const option = (name: string): string | undefined =>
          (ast.options ?? []).map((o: AstNode) => o.DefElem).find((d: AstNode) => d?.defname === name)?.arg?.String
            ?.sval;
        const language = (option('language') ?? 'sql').toLowerCase();
        // A SQL function's call may be inlined into the caller's expression: its volatility is then the body's. A
        // VOLATILE one whose body calls a volatile function is volatile either way; any other is unknown.
        if (language === 'sql') {
          const declared = option('volatility') ?? 'volatile';
          const body = (ast.options ?? []).map((o: AstNode) => o.DefElem).find((d: AstNode) => d?.defname === 'as')?.arg
            ?.List?.items?.[0]?.String?.sval;
          if (declared === 'volatile' && typeof body === 'string' && callsVolatileFunction(body))
            this.setFunction(key, 'volatile');
          else this.deleteFunction(key);
          return;
        }
        this.setFunction(key, (option('volatility') as Volatility | undefined) ?? 'volatile');
        return;
      }
      case 'AlterFunctionStmt': {
        // ALTER FUNCTION f() STABLE: a function whose volatility is known takes the new one (all overloads of the
        // name share one entry; a SQL function's stays what its body says).
        const volatility = (ast.actions ?? [])
          .map((a: AstNode) => a.DefElem)
          .find((d: AstNode) => d?.defname === 'volatility')?.arg?.String?.sval as Volatility | undefined;
        const key = qualifiedKey(ast.func?.objname);
        if (volatility && ast.objtype === 'OBJECT_FUNCTION' && this.functions.has(key))
          this.setFunction(key, volatility);
        return;
      }
      case 'ViewStmt': {
        const ref = relationRef(ast.view, 'view');
        if (!ref) return;
        this.writable('views');
        this.views.set(ref.key, { materialized: false, dependsOn: rangeVars(ast.query) });
        return;
      }
      case 'AlterTableStmt':
        if (ast.objtype === 'OBJECT_TABLE') this.alterTable(ast);
        return;
      case 'DoStmt':
        // The statements of its body are replayed after it, as they run (syntax/doBlock.ts). One that may do more
        // (EXECUTE, CALL, another language) may have changed or moved any table, or set default_tablespace.
        if (doBlockBody(ast).opaque) {
          for (const [key, table] of [...this.tables])
            if (table.complete || table.tablespace !== undefined)
              this.updateTable(key, (t) => {
                t.complete = false;
                delete t.tablespace;
              });
          this.defaultTablespace.set(undefined);
          // It may have made or dropped any relation: what the migrations showed of absent names no longer holds.
          for (const key of [...this.gone]) this.notGone(key);
          for (const key of this.tables.keys()) {
            const schema = key.slice(0, key.indexOf('.'));
            if (this.partialSchemas.has(schema)) continue;
            this.writable('partialSchemas');
            this.partialSchemas.add(schema);
          }
        }
        return;
      case 'RenameStmt':
        return this.rename(ast);
      case 'AlterObjectSchemaStmt': {
        if (ast.objectType === 'OBJECT_DOMAIN' || ast.objectType === 'OBJECT_TYPE') {
          const from = qualifiedKey(ast.object?.List?.items);
          return this.moveType(from, `${ast.newschema}.${splitKey(from).name}`);
        }
        if (ast.objectType === 'OBJECT_PROCEDURE' || ast.objectType === 'OBJECT_ROUTINE') {
          const key = qualifiedKey(ast.object?.ObjectWithArgs?.objname);
          this.dropProcedure(key);
          this.dropProcedure(`${ast.newschema}.${splitKey(key).name}`);
          return;
        }
        if (ast.objectType === 'OBJECT_FUNCTION') {
          const key = qualifiedKey(ast.object?.ObjectWithArgs?.objname);
          this.dropFunctionSignature(key, undefined);
          this.dropFunctionSignature(`${ast.newschema}.${splitKey(key).name}`, undefined);
          return;
        }
        if (ast.objectType !== 'OBJECT_TABLE') return;
        const ref = relationRef(ast.relation, 'table');
        const table = ref && this.tables.get(ref.key);
        if (!ref || !table) return;
        this.moveTable(ref.key, `${ast.newschema}.${ast.relation.relname}`, `${ast.newschema}.${ast.relation.relname}`);
        return;
      }
      case 'DropStmt':
        return this.drop(ast);
      case 'IndexStmt':
        return this.createIndex(ast);
      case 'CreateTrigStmt': {
        const ref = relationRef(ast.relation, 'table');
        const fn = names(ast.funcname).slice(-2).join('.');
        if (ref && typeof ast.trigname === 'string') this.setTrigger(ref.key, ast.trigname, fn);
        return;
      }
      case 'CreateEnumStmt': {
        this.writable('enums');
        this.enums.set(qualifiedKey(ast.typeName), names(ast.vals));
        return;
      }
      case 'AlterEnumStmt':
        return this.alterEnum(ast);
      case 'CreateDomainStmt': {
        const name = names(ast.domainname).pop() ?? '';
        const constraints: AstNode[] = (ast.constraints ?? []).map((c: AstNode) => c.Constraint).filter(Boolean);
        // A domain over a domain: values are checked against both.
        const over = this.domains.get(qualifiedKey(ast.typeName?.names));
        this.writable('domains');
        this.domains.set(
          qualifiedKey(ast.domainname),
          domainInfo({
            base: over?.base ?? typeInfo(ast.typeName),
            checks: constraints.filter((c) => c.contype === 'CONSTR_CHECK').map((c) => c.conname ?? `${name}_check`),
            notNull: constraints.some((c) => c.contype === 'CONSTR_NOTNULL'),
            ...(constraints.some((c) => c.contype === 'CONSTR_DEFAULT' && !isNullConstant(c.raw_expr)) ||
            over?.hasDefault
              ? { hasDefault: true }
              : {}),
            baseConstrained: Boolean(over?.constrained),
            ...defined('over', over ? qualifiedKey(ast.typeName?.names) : undefined),
            ...defined('collation', collationOf(ast) ?? over?.collation),
          }),
        );
        return;
      }
      case 'AlterDomainStmt':
        return this.alterDomain(ast);
    }
  }

  private createTable(ast: AstNode): void {
    const ref = relationRef(ast.relation, 'table');
    if (!ref) return;
    if (this.tables.has(ref.key)) {
      if (ast.if_not_exists) return;
    }
    const parent = ast.partbound ? relationRef(ast.inhRelations?.[0]?.RangeVar, 'table') : undefined;
    // LIKE a table we do not fully know, and INHERITS, copy what we may not know: keep the table, but incomplete.
    const copiesUnknown =
      (ast.tableElts ?? []).some((e: AstNode) => e.TableLikeClause && !this.likeCopiesAllWeKnow(e.TableLikeClause)) ||
      (!parent && (ast.inhRelations ?? []).length > 0);
    const table: MutableTable = emptyTable(ref.key, ref.written, !copiesUnknown && !ast.ofTypename);
    table.partitioned = Boolean(ast.partspec);
    if (ast.partspec) {
      table.partitionKey = (ast.partspec.partParams ?? []).map((p: AstNode) => p.PartitionElem?.name ?? null);
    }
    if (parent) {
      table.partitionOf = parent.key;
      Object.assign(table, defined('partitionBound', partitionBoundOf(ast.partbound)));
      if (ast.partbound.is_default) table.defaultPartition = true;
      const parentTable = this.tables.get(parent.key);
      if (parentTable) for (const [name, column] of parentTable.columns) table.columns.set(name, column);
      else table.complete = false;
    }
    Object.assign(table, defined('tablespace', this.newTableTablespace(ast.tablespacename, parent?.key)));
    this.setTable(table);
    this.owned.add(table);
    for (const element of ast.tableElts ?? []) {
      if (element.TableLikeClause) this.copyLikeColumns(ref.key, element.TableLikeClause);
      else if (element.ColumnDef) this.addColumn(ref.key, element.ColumnDef);
      else if (element.Constraint) this.addConstraint(ref.key, element.Constraint, []);
    }
  }

  /**
   * `LIKE source`: its columns, with their types and NOT NULL always, their defaults with INCLUDING DEFAULTS. The
   * copy is all we know when the source is known and brings no CHECK constraints or indexes we do not copy.
   */
  private likeCopiesAllWeKnow(like: AstNode): boolean {
    const source = relationRef(like.relation, 'table');
    const table = source && this.tables.get(source.key);
    if (!table?.complete) return false;
    const options = Number(like.options ?? 0);
    const hasChecks = [...table.constraints.values()].some((c) => c.kind !== 'notnull');
    const hasIndexes = this.indexesOf(table.key).length > 0;
    return !((options & LIKE_CONSTRAINTS && hasChecks) || (options & LIKE_INDEXES && (hasIndexes || hasChecks)));
  }

  private copyLikeColumns(tableKey: string, like: AstNode): void {
    const source = relationRef(like.relation, 'table');
    const from = source && this.tables.get(source.key);
    if (!from) return;
    const defaults = (Number(like.options ?? 0) & LIKE_DEFAULTS) !== 0;
    this.updateTable(tableKey, (t) => {
      for (const [name, column] of from.columns) {
        t.columns.set(name, defaults || !column.hasDefault ? column : { ...withoutDefault(column), hasDefault: false });
      }
    });
  }

  private addColumn(tableKey: string, def: AstNode): void {
    // Without the statement's text the column depends on its definition alone: built once per definition.
    let column = this.source === undefined ? plainColumnInfo(def) : columnInfo(def, this.source);
    if (SERIALS[typeNameOf(def.typeName)]) column = { ...column, sequence: serialSequence(tableKey, column.name) };
    const added = column;
    this.updateTable(tableKey, (t) => t.columns.set(added.name, added));
    for (const c of columnConstraints(def)) {
      if (c.contype !== 'CONSTR_NOTNULL' && KIND[c.contype]) this.addConstraint(tableKey, c, [def.colname]);
    }
  }

  private addConstraint(tableKey: string, c: AstNode, inlineColumns: string[]): void {
    const kind = KIND[c.contype];
    const table = this.tables.get(tableKey);
    if (!kind || !table) return;
    let columns: string[] = inlineColumns;
    if (kind === 'foreign' && inlineColumns.length === 0) columns = names(c.fk_attrs);
    else if ((kind === 'unique' || kind === 'primary') && inlineColumns.length === 0) columns = names(c.keys);
    else if (kind === 'notnull' && inlineColumns.length === 0) columns = names(c.keys);
    else if (kind === 'check' && inlineColumns.length === 0) columns = referencedColumns(c.raw_expr);
    else if (kind === 'exclusion')
      columns = (c.exclusions ?? []).map((e: AstNode) => e.List?.items?.[0]?.IndexElem?.name ?? null).filter(Boolean);
    // ADD CONSTRAINT ... PRIMARY KEY USING INDEX names no columns: they are the adopted index's.
    if (c.indexname && columns.length === 0) {
      const adopted = this.indexes.get(`${tableKey.slice(0, tableKey.indexOf('.'))}.${c.indexname}`);
      columns = (adopted?.columns ?? []).filter((col): col is string => col !== null);
    }
    const tableName = tableKey.slice(tableKey.indexOf('.') + 1);
    const name =
      c.conname ??
      defaultName(
        tableName,
        kind === 'check' ? columns.slice(0, 1) : columns,
        SUFFIX[kind],
        (n) => table.constraints.has(n) || this.indexes.has(`${tableKey.split('.')[0]}.${n}`),
      );
    const notNullColumn = kind === 'check' ? notNullCheckColumn(c.raw_expr) : undefined;
    const provesNotNull = kind === 'check' ? notNullConjuncts(c.raw_expr) : undefined;
    const pk = relationRef(c.pktable, 'table');
    const info: ConstraintInfo = {
      name,
      kind,
      validated: !c.skip_validation,
      columns,
      notNullColumn,
      provesNotNull,
      references: pk ? { table: pk.key, columns: names(c.pk_attrs) } : undefined,
      ...defined('bounds', kind === 'check' ? checkBounds(c.raw_expr) : undefined),
      ...defined(
        'calls',
        kind === 'check'
          ? callsIn(c.raw_expr)
          : kind === 'exclusion'
            ? callsIn(c.exclusions, c.where_clause)
            : undefined,
      ),
      ...defined(
        'definition',
        this.source !== undefined && !c.indexname && kind !== 'notnull'
          ? constraintBody(this.source, c, inlineColumns[0])
          : undefined,
      ),
    };
    this.updateTable(tableKey, (t) => {
      t.constraints.set(name, info);
      if (kind === 'primary' || (kind === 'notnull' && info.validated)) {
        for (const col of columns) {
          const column = t.columns.get(col);
          if (column) t.columns.set(col, { ...column, notNull: true });
        }
      }
    });
    // UNIQUE, PRIMARY KEY and EXCLUDE are backed by an index of the same name.
    if (kind === 'unique' || kind === 'primary' || kind === 'exclusion') {
      const schema = tableKey.slice(0, tableKey.indexOf('.'));
      if (c.indexname) this.deleteIndex(`${schema}.${c.indexname}`); // USING INDEX: the index becomes the constraint's
      this.setIndex({
        key: `${schema}.${name}`,
        name,
        table: tableKey,
        columns,
        unique: kind !== 'exclusion',
        partial: false,
      });
    }
  }

  private alterTable(ast: AstNode): void {
    const ref = relationRef(ast.relation, 'table');
    if (!ref) return;
    // ALTER TABLE IF EXISTS of a table known to be absent does nothing (walk.ts, skippedIfExists).
    if (ast.missing_ok === true && !this.tables.has(ref.key) && this.absentUnlessModelled(ref.key)) return;
    // A table the history does not show: record what this statement tells, marked incomplete.
    if (!this.tables.has(ref.key)) this.setTable({ ...emptyTable(ref.key, ref.written, false), assumed: true });
    const key = ref.key;
    for (const wrapper of ast.cmds ?? []) {
      const cmd = wrapper.AlterTableCmd;
      if (!cmd) continue;
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          if (cmd.def?.ColumnDef) {
            if (cmd.missing_ok && this.tables.get(key)?.columns.has(cmd.def.ColumnDef.colname)) break;
            this.addColumn(key, cmd.def.ColumnDef);
          }
          break;
        case 'AT_DropColumn':
          this.dropColumn(key, cmd.name);
          break;
        case 'AT_AlterColumnType': {
          const type = typeInfo(cmd.def?.ColumnDef?.typeName);
          if (this.source !== undefined)
            Object.assign(type, defined('sql', typeText(this.source, cmd.def?.ColumnDef?.typeName)));
          // The collation is the one given, else the new type's default.
          const collation = collationOf(cmd.def?.ColumnDef);
          this.updateTable(key, (t) => {
            const column = t.columns.get(cmd.name);
            if (column)
              t.columns.set(cmd.name, { ...without(column, 'collation'), type, ...defined('collation', collation) });
            else if (!t.complete) {
              // A column of a table replay only partly knows (CREATE TABLE AS): its type is now the one given.
              const guess = { name: cmd.name, type, notNull: false, hasDefault: false };
              t.columns.set(cmd.name, { ...guess, ...defined('collation', collation) });
            } else t.complete = false;
          });
          break;
        }
        case 'AT_SetNotNull':
        case 'AT_DropNotNull':
          this.updateTable(key, (t) => {
            const column = t.columns.get(cmd.name);
            if (column) t.columns.set(cmd.name, { ...column, notNull: cmd.subtype === 'AT_SetNotNull' });
          });
          break;
        case 'AT_ColumnDefault':
          this.updateTable(key, (t) => {
            const column = t.columns.get(cmd.name);
            // SET DEFAULT NULL stores no default, as DROP DEFAULT (PostgreSQL 15: pg_attrdef has no row for it),
            // but for a column of a domain, where it overrides the domain's default.
            const def = isNullConstant(cmd.def) && column && !this.mayBeDomain(column.type) ? undefined : cmd.def;
            const defaultSql = def && this.source !== undefined ? setDefaultText(this.source, def) : undefined;
            if (column)
              t.columns.set(cmd.name, {
                ...withoutDefault(column),
                hasDefault: Boolean(def),
                ...defined('defaultSql', defaultSql),
                ...defined('calls', callsIn(cmd.def)),
                ...defined('sequence', nextvalSequence(cmd.def)),
              });
          });
          break;
        case 'AT_AddIdentity':
        case 'AT_AddIdentityAsIdentity':
          this.updateTable(key, (t) => {
            const column = t.columns.get(cmd.name);
            if (column) t.columns.set(cmd.name, { ...column, hasDefault: true, notNull: true });
          });
          break;
        case 'AT_AddConstraint': {
          const constraint = cmd.def?.Constraint;
          if (!constraint) break;
          this.addConstraint(key, constraint, []);
          // ADD CONSTRAINT name ... USING INDEX renames the index to the constraint's name (PostgreSQL says so).
          if (constraint.indexname && constraint.conname)
            this.renameIndex(`${key.slice(0, key.indexOf('.'))}.${constraint.indexname}`, constraint.conname);
          break;
        }
        case 'AT_ValidateConstraint':
          this.updateTable(key, (t) => {
            const constraint = t.constraints.get(cmd.name);
            if (constraint) t.constraints.set(cmd.name, { ...constraint, validated: true });
            // PostgreSQL 18: a validated NOT NULL constraint makes its column NOT NULL.
            if (constraint?.kind === 'notnull')
              for (const name of constraint.columns) {
                const column = t.columns.get(name);
                if (column) t.columns.set(name, { ...column, notNull: true });
              }
          });
          break;
        case 'AT_DropConstraint': {
          const schema = key.slice(0, key.indexOf('.'));
          this.updateTable(key, (t) => t.constraints.delete(cmd.name));
          this.deleteIndex(`${schema}.${cmd.name}`);
          break;
        }
        case 'AT_AttachPartition': {
          const child = relationRef(cmd.def?.PartitionCmd?.name, 'table');
          const bound = partitionBoundOf(cmd.def?.PartitionCmd?.bound);
          if (child)
            this.updateTable(child.key, (t) => {
              t.partitionOf = key;
              if (bound) t.partitionBound = bound;
              else delete t.partitionBound;
              if (cmd.def.PartitionCmd.bound?.is_default) t.defaultPartition = true;
              else delete t.defaultPartition;
            });
          break;
        }
        case 'AT_DetachPartition': {
          const child = relationRef(cmd.def?.PartitionCmd?.name, 'table');
          if (child) this.detachPartition(key, child.key, Boolean(cmd.def?.PartitionCmd?.concurrent));
          break;
        }
        case 'AT_SetTableSpace':
          this.updateTable(key, (t) => (t.tablespace = cmd.name));
          break;
        default:
          if (!NEUTRAL_SUBCOMMANDS.has(cmd.subtype)) this.markIncomplete(key);
      }
    }
  }

  /** CONCURRENTLY also copies the bound to a validated CHECK on the partition, unless one already does. */
  private detachPartition(parentKey: string, childKey: string, concurrent: boolean): void {
    const child = this.tables.get(childKey);
    const key = this.tables.get(parentKey)?.partitionKey;
    const bound = child?.partitionBound;
    const check = concurrent && key && bound ? detachedBoundCheck(key, bound) : undefined;
    const copied = [...(child?.constraints.values() ?? [])].some((c) => samePartitionBound(c.partitionBound, bound));
    this.updateTable(childKey, (t) => {
      t.partitionOf = undefined;
      delete t.partitionBound;
      delete t.defaultPartition;
      if (!check || !bound || copied) return;
      // PostgreSQL names it after the one column it mentions: events_2022_at_check (m_2022_check for two).
      const schema = childKey.slice(0, childKey.indexOf('.'));
      const name = defaultName(
        childKey.slice(childKey.indexOf('.') + 1),
        check.columns.length === 1 ? check.columns : [],
        SUFFIX.check,
        (n) => t.constraints.has(n) || this.indexes.has(`${schema}.${n}`),
      );
      t.constraints.set(name, {
        name,
        kind: 'check',
        validated: true,
        columns: check.columns,
        provesNotNull: check.provesNotNull,
        ...defined('bounds', check.bounds),
        partitionBound: bound,
      });
    });
  }

  private dropColumn(tableKey: string, column: string): void {
    const schema = tableKey.slice(0, tableKey.indexOf('.'));
    const dropped: string[] = [];
    this.updateTable(tableKey, (t) => {
      t.columns.delete(column);
      for (const [name, c] of t.constraints) {
        if (c.columns.includes(column)) {
          t.constraints.delete(name);
          dropped.push(name);
        }
      }
    });
    for (const name of dropped) this.deleteIndex(`${schema}.${name}`);
    for (const index of this.indexesOf(tableKey)) {
      if (index.columns.includes(column) || index.mentions?.includes(column)) this.deleteIndex(index.key);
    }
  }

  /** Whether a column of this type may be of a domain: one of that name in any schema. */
  private mayBeDomain(type: TypeInfo): boolean {
    for (const key of this.domains.keys()) if (key.slice(key.indexOf('.') + 1) === type.name) return true;
    return false;
  }

  private alterDomain(ast: AstNode): void {
    const key = qualifiedKey(ast.typeName);
    const domain = this.domains.get(key);
    if (!domain) return;
    let { checks = [], notNull = false } = domain;
    const constraint = ast.def?.Constraint;
    if (ast.subtype === 'T') {
      // SET DEFAULT expr / DROP DEFAULT (no expression).
      const rest = without(domain, 'hasDefault');
      this.writable('domains');
      this.domains.set(key, ast.def && !isNullConstant(ast.def) ? { ...rest, hasDefault: true } : rest);
      return;
    }
    if (ast.subtype === 'C' && constraint?.contype === 'CONSTR_CHECK')
      checks = [...checks, constraint.conname ?? `${key.slice(key.indexOf('.') + 1)}_check`];
    else if (ast.subtype === 'C' && constraint?.contype === 'CONSTR_NOTNULL') notNull = true;
    else if (ast.subtype === 'O') notNull = true;
    else if (ast.subtype === 'N') notNull = false;
    else if (ast.subtype === 'X') checks = checks.filter((c) => c !== ast.name);
    else return;
    this.writable('domains');
    this.domains.set(key, domainInfo({ ...domain, checks, notNull }));
  }

  /**
   * The tablespace of a table created now (undefined: unknown): the one it names, else a partition's parent's when
   * that is not the default (verified on PostgreSQL 15), else the session's default.
   */
  private newTableTablespace(named: string | undefined, parentKey?: string): string | undefined {
    if (named !== undefined) return named;
    if (parentKey !== undefined) {
      const parent = this.tables.get(parentKey)?.tablespace;
      if (parent !== 'pg_default') return parent;
    }
    const fallback = this.defaultTablespace.get();
    return fallback === '' ? 'pg_default' : fallback;
  }

  /** The table CREATE TABLE ... AS makes: what replay can tell of its columns (queryColumns). */
  private queryTable(key: string, name: string, query: AstNode | undefined, into: AstNode | undefined): MutableTable {
    const { columns, complete } = into?.colNames ? { columns: [], complete: false } : queryColumns(query, this.tables);
    const table = emptyTable(key, name, complete && columns.length > 0);
    for (const column of columns) table.columns.set(column.name, column);
    return table;
  }

  private moveDomain(from: string, to: string): void {
    const domain = this.domains.get(from);
    if (!domain || from === to) return;
    this.writable('domains');
    this.domains.delete(from);
    this.domains.set(to, domain);
    for (const [key, d] of this.domains) if (d.over === from) this.domains.set(key, { ...d, over: to });
  }

  /**
   * ALTER TYPE/DOMAIN ... RENAME TO: the enum or domain moves, and so do the columns of that type (Prisma removes an
   * enum value by creating "Status_new", moving the columns to it, then renaming it "Status").
   */
  private renameType(ast: AstNode): void {
    const from = qualifiedKey(ast.object?.List?.items);
    this.moveType(from, `${from.slice(0, from.indexOf('.'))}.${ast.newname}`);
  }

  /**
   * The columns of type `from` (renamed or moved) now name `to`. One written without its schema names the type by
   * its last part only, and keeps doing so.
   */
  private retypeColumns(from: string, to: string): void {
    const old = splitKey(from);
    const now = splitKey(to);
    const of = (c: ColumnInfo): boolean =>
      c.type.name === old.name && (c.type.schema === undefined ? old.name !== now.name : c.type.schema === old.schema);
    for (const [key, table] of [...this.tables]) {
      if (![...table.columns.values()].some(of)) continue;
      this.updateTable(key, (t) => {
        for (const [name, column] of t.columns) {
          if (!of(column)) continue;
          const type = { ...without(column.type, 'sql'), name: now.name };
          t.columns.set(name, {
            ...column,
            type: column.type.schema === undefined ? type : { ...type, schema: now.schema },
          });
        }
      });
    }
  }

  /** An enum or domain moved or renamed: the columns of that type follow it. */
  private moveType(from: string, to: string): void {
    if (from === to) return;
    this.moveDomain(from, to);
    const labels = this.enums.get(from);
    if (labels) {
      this.writable('enums');
      this.enums.delete(from);
      this.enums.set(to, labels);
    }
    this.retypeColumns(from, to);
  }

  /**
   * ALTER SCHEMA ... RENAME TO: everything in it keeps its name in the new schema (foreign keys, views and
   * defaults refer to objects, not names, in PostgreSQL).
   */
  private renameSchema(from: string, to: string): void {
    const inSchema = (key: string): boolean => splitKey(key).schema === from;
    const moved = (key: string): string => `${to}.${splitKey(key).name}`;
    for (const [key, table] of [...this.tables]) {
      if (!inSchema(key)) continue;
      const name = table.name.startsWith(`${from}.`) ? `${to}.${table.name.slice(from.length + 1)}` : table.name;
      this.moveTable(key, moved(key), name);
    }
    for (const type of [...this.enums.keys(), ...this.domains.keys()].filter(inSchema))
      this.moveType(type, moved(type));
    const views = [...this.views].filter(([key, view]) => inSchema(key) || view.dependsOn.some(inSchema));
    if (views.length > 0) this.writable('views');
    for (const [key, view] of views) {
      this.views.delete(key);
      if (inSchema(key)) this.markGone(key);
      const dependsOn = view.dependsOn.map((d) => (inSchema(d) ? moved(d) : d));
      this.views.set(inSchema(key) ? moved(key) : key, { ...view, dependsOn });
    }
    for (const key of [...this.functions.keys()].filter(inSchema)) {
      const volatility = this.functions.get(key) as Volatility;
      this.deleteFunction(key);
      this.setFunction(moved(key), volatility);
    }
    for (const key of [...this.functionSignatures.keys()].filter(inSchema)) {
      const signatures = this.functionSignatures.get(key) ?? [];
      this.dropFunctionSignature(key, undefined);
      for (const signature of signatures) this.addFunctionSignature(moved(key), signature);
    }
    const procedures = [...this.procedures].filter(([key]) => inSchema(key));
    if (procedures.length > 0) this.writable('procedures');
    for (const [key, overloads] of procedures) {
      this.procedures.delete(key);
      this.procedures.set(moved(key), overloads);
    }
  }

  private rename(ast: AstNode): void {
    if (ast.renameType === 'OBJECT_SCHEMA') {
      if (typeof ast.subname === 'string' && typeof ast.newname === 'string' && ast.subname !== ast.newname)
        this.renameSchema(ast.subname, ast.newname);
      return;
    }
    const ref = relationRef(ast.relation, 'table');
    if (ast.renameType === 'OBJECT_DOMAIN' || ast.renameType === 'OBJECT_TYPE') return this.renameType(ast);
    if (ast.renameType === 'OBJECT_PROCEDURE' || ast.renameType === 'OBJECT_ROUTINE') {
      const key = qualifiedKey(ast.object?.ObjectWithArgs?.objname);
      // Which overload moved, and what it joins under the new name, is not followed: both become unknown.
      this.dropProcedure(key);
      this.dropProcedure(`${splitKey(key).schema}.${ast.newname}`);
      return;
    }
    if (ast.renameType === 'OBJECT_FUNCTION') {
      // Which overloads the old and the new name have is not followed: both become unknown.
      const key = qualifiedKey(ast.object?.ObjectWithArgs?.objname);
      this.dropFunctionSignature(key, undefined);
      this.dropFunctionSignature(`${splitKey(key).schema}.${ast.newname}`, undefined);
      return;
    }
    switch (ast.renameType) {
      case 'OBJECT_TRIGGER': {
        const fn = ref && this.tables.get(ref.key)?.triggers?.get(ast.subname);
        if (!ref || fn === undefined) return;
        this.setTrigger(ref.key, ast.subname, undefined);
        this.setTrigger(ref.key, ast.newname, fn);
        return;
      }
      case 'OBJECT_TABLE': {
        if (!ref || !this.tables.has(ref.key)) return;
        const schema = ref.key.slice(0, ref.key.indexOf('.'));
        this.moveTable(
          ref.key,
          `${schema}.${ast.newname}`,
          ast.relation.schemaname ? `${schema}.${ast.newname}` : ast.newname,
        );
        return;
      }
      case 'OBJECT_COLUMN':
        if (!ref) return;
        this.updateTable(ref.key, (t) => {
          const column = t.columns.get(ast.subname);
          if (!column) return;
          t.columns.delete(ast.subname);
          t.columns.set(ast.newname, { ...column, name: ast.newname });
          for (const [name, c] of t.constraints) {
            if (c.columns.includes(ast.subname) || c.notNullColumn === ast.subname) {
              t.constraints.set(name, {
                ...without(c, 'definition'), // written with the old column name
                columns: c.columns.map((col) => (col === ast.subname ? ast.newname : col)),
                notNullColumn: c.notNullColumn === ast.subname ? ast.newname : c.notNullColumn,
                // What a check says of the column (attach-partition-scan reads it) follows it too.
                ...defined(
                  'provesNotNull',
                  c.provesNotNull?.map((col) => (col === ast.subname ? ast.newname : col)),
                ),
                ...defined(
                  'bounds',
                  c.bounds &&
                    Object.fromEntries(
                      Object.entries(c.bounds).map(([col, b]) => [col === ast.subname ? ast.newname : col, b]),
                    ),
                ),
              });
            }
          }
        });
        for (const index of this.indexesOf(ref.key)) {
          if (
            index.columns.includes(ast.subname) ||
            index.excludesNullsOf?.includes(ast.subname) ||
            index.mentions?.includes(ast.subname)
          ) {
            const renamed = (c: string | null) => (c === ast.subname ? ast.newname : c);
            this.setIndex({
              ...without(index, 'definition'), // written with the old column name
              columns: index.columns.map(renamed),
              ...defined(
                'mentions',
                index.mentions?.map((c) => renamed(c) as string),
              ),
              ...defined(
                'excludesNullsOf',
                index.excludesNullsOf?.map((c) => renamed(c) as string),
              ),
            });
          }
        }
        return;
      case 'OBJECT_TABCONSTRAINT':
        if (!ref) return;
        this.updateTable(ref.key, (t) => {
          const c = t.constraints.get(ast.subname);
          if (!c) return;
          t.constraints.delete(ast.subname);
          t.constraints.set(ast.newname, { ...c, name: ast.newname });
        });
        return;
      case 'OBJECT_INDEX':
        if (ref) this.renameIndex(ref.key, ast.newname);
        return;
    }
  }

  private moveTable(from: string, to: string, name: string): void {
    const table = this.tables.get(from);
    if (!table) return;
    this.writable('tables');
    this.tables.delete(from);
    this.markGone(from);
    this.tables.set(to, { ...table, key: to, name });
    // Definitions written with the old table name are stale. SET SCHEMA takes the indexes into the new schema.
    const schema = to.slice(0, to.indexOf('.'));
    for (const index of this.indexesOf(from)) {
      const key = schema === from.slice(0, from.indexOf('.')) ? index.key : `${schema}.${index.name}`;
      if (key !== index.key) this.deleteIndex(index.key);
      this.setIndex({ ...without(index, 'definition'), key, table: to });
    }
    for (const [key, t] of this.tables) if (t.partitionOf === from) this.tables.set(key, { ...t, partitionOf: to });
    // Foreign keys keep referencing it under its new name (their definitions name the old one).
    for (const [key, t] of [...this.tables]) {
      if (![...t.constraints.values()].some((c) => c.references?.table === from)) continue;
      this.updateTable(key, (draft) => {
        for (const [n, c] of draft.constraints)
          if (c.references?.table === from)
            draft.constraints.set(n, { ...without(c, 'definition'), references: { ...c.references, table: to } });
      });
    }
  }

  /** A table's trigger now executes `fn` (undefined: it is dropped). */
  private setTrigger(key: string, trigger: string, fn: string | undefined): void {
    const triggers = this.tables.get(key)?.triggers;
    if (triggers?.get(trigger) === fn) return;
    this.updateTable(key, (t) => {
      const changed = new Map(triggers);
      if (fn === undefined) changed.delete(trigger);
      else changed.set(trigger, fn);
      if (changed.size > 0) t.triggers = changed;
      else delete t.triggers;
    });
  }

  /** CREATE [OR REPLACE] PROCEDURE: one overload (a new one, or the one it replaces) of its name. */
  private createProcedure(ast: AstNode): void {
    const key = qualifiedKey(ast.funcname);
    const { signature, commits } = procedureOf(ast);
    const overloads = this.procedures.get(key);
    if (overloads?.get(signature) === commits) return;
    this.writable('procedures');
    this.procedures.set(key, new Map(overloads).set(signature, commits));
  }

  private addFunctionSignature(key: string, signature: string): void {
    const known = this.functionSignatures.get(key) ?? [];
    if (known.includes(signature)) return;
    this.writable('functionSignatures');
    this.functionSignatures.set(key, [...known, signature]);
  }

  /** DROP FUNCTION: the overload its argument types name (`signature`), or all of them (named without). */
  private dropFunctionSignature(key: string, signature: string | undefined): void {
    const known = this.functionSignatures.get(key);
    if (!known) return;
    this.writable('functionSignatures');
    const rest = signature === undefined ? [] : known.filter((s) => s !== signature);
    // Not matched: the same types written another way, or one the history did not show.
    if (rest.length === 0 || (rest.length === known.length && known.length === 1)) this.functionSignatures.delete(key);
    else this.functionSignatures.set(key, rest);
  }

  /** DROP PROCEDURE: the overload its argument types name, or (named without them, or not matched) all of them. */
  private dropProcedure(key: string, object?: AstNode): void {
    const overloads = this.procedures.get(key);
    if (!overloads) return;
    this.writable('procedures');
    const signature = object && object.args_unspecified !== true ? droppedSignature(object) : undefined;
    if (signature === undefined || !overloads.has(signature) || overloads.size === 1) {
      this.procedures.delete(key);
      return;
    }
    const rest = new Map(overloads);
    rest.delete(signature);
    this.procedures.set(key, rest);
  }

  private drop(ast: AstNode): void {
    // Without CASCADE, PostgreSQL refuses to drop what other objects depend on: only CASCADE reaches further.
    const cascade = ast.behavior === 'DROP_CASCADE';
    for (const object of ast.objects ?? []) {
      const list = object.List?.items;
      switch (ast.removeType) {
        case 'OBJECT_TABLE':
          this.dropTable(qualifiedKey(list), cascade);
          break;
        case 'OBJECT_INDEX':
          this.deleteIndex(qualifiedKey(list));
          break;
        case 'OBJECT_TRIGGER': {
          const trigger = names(list).pop();
          if (trigger !== undefined) this.setTrigger(qualifiedKey(list?.slice(0, -1)), trigger, undefined);
          break;
        }
        case 'OBJECT_VIEW':
        case 'OBJECT_MATVIEW':
          this.dropView(qualifiedKey(list), cascade);
          break;
        case 'OBJECT_FUNCTION': {
          const key = qualifiedKey(object.ObjectWithArgs?.objname);
          const args =
            object.ObjectWithArgs?.args_unspecified === true
              ? undefined
              : ((object.ObjectWithArgs?.objargs ?? []) as AstNode[]).map((t) => argumentType(t.TypeName)).join(',');
          // Named without arguments, it is the only function of that name there; with them, others may remain,
          // unless the history made only one: PostgreSQL refuses arguments that match none (IF EXISTS skips them).
          const known = this.functionSignatures.get(key);
          const only = known?.length === 1 && (known[0] === args || ast.missing_ok !== true);
          const overloads = args !== undefined && !only;
          if (cascade) this.dropFunctionDependents({ ...splitKey(key), overloads, args });
          this.deleteFunction(key);
          this.dropFunctionSignature(key, args);
          break;
        }
        case 'OBJECT_PROCEDURE':
        case 'OBJECT_ROUTINE':
          this.dropProcedure(qualifiedKey(object.ObjectWithArgs?.objname), object.ObjectWithArgs);
          break;
        case 'OBJECT_TYPE':
        case 'OBJECT_DOMAIN':
          this.dropType(qualifiedKey(object.TypeName?.names ?? list), cascade);
          break;
        case 'OBJECT_SEQUENCE': {
          const key = qualifiedKey(list);
          if (cascade) this.dropSequenceDependents((sequence) => sequence === key);
          break;
        }
        case 'OBJECT_SCHEMA':
          if (cascade && typeof object.String?.sval === 'string') this.dropSchema(object.String.sval);
          break;
        case 'OBJECT_EXTENSION':
          if (cascade && typeof object.String?.sval === 'string') this.dropExtension(object.String.sval);
          break;
      }
    }
  }

  /** DROP TABLE: its partitions go with it; with CASCADE, the foreign keys to it and the views reading it too. */
  private dropTable(key: string, cascade: boolean): void {
    const table = this.tables.get(key);
    this.deleteTable(key);
    // (Only a partitioned table has partitions: dropping the others stays a lookup, not a scan of every table.)
    if (!table || table.partitioned || !table.complete)
      for (const [partition, t] of [...this.tables]) if (t.partitionOf === key) this.dropTable(partition, cascade);
    if (!cascade) return;
    for (const [other, t] of [...this.tables]) {
      if (![...t.constraints.values()].some((c) => c.references?.table === key)) continue;
      this.updateTable(other, (draft) => {
        for (const [name, c] of draft.constraints) if (c.references?.table === key) draft.constraints.delete(name);
      });
    }
    for (const [view, info] of [...this.views]) if (info.dependsOn.includes(key)) this.dropView(view, true);
  }

  private dropView(key: string, cascade: boolean): void {
    if (!this.views.has(key)) return;
    this.writable('views');
    this.views.delete(key);
    this.markGone(key);
    if (!cascade) return;
    for (const [view, info] of [...this.views]) if (info.dependsOn.includes(key)) this.dropView(view, true);
  }

  /**
   * DROP TYPE/DOMAIN: with CASCADE, the domains over it and the columns of any of those types (arrays too) go, and
   * with a column its constraints and indexes. A column whose type was written unqualified names it by its last part
   * only: where a type of that name is known in another schema too, which one it has is unknown, and so is its table.
   */
  private dropType(key: string, cascade: boolean): void {
    const dropped = new Set([key]);
    if (cascade) {
      const isDomain = this.domains.has(key);
      const { schema, name } = splitKey(key);
      this.addDomainsOver(dropped, (base) => !isDomain && base.name === name && (base.schema ?? schema) === schema);
      this.dropColumnsOfTypes(dropped);
    }
    this.forgetTypes(dropped);
  }

  private forgetTypes(types: ReadonlySet<string>): void {
    this.writable('enums');
    this.writable('domains');
    for (const type of types) {
      this.enums.delete(type);
      this.domains.delete(type);
    }
  }

  /** Adds to `types` the domains over one of them or over a base type `over` accepts, and the domains over those. */
  private addDomainsOver(types: Set<string>, over: (base: TypeInfo) => boolean): void {
    for (let grew = true; grew; ) {
      grew = false;
      for (const [domain, info] of this.domains) {
        if (types.has(domain)) continue;
        if (info.over ? types.has(info.over) : over(info.base)) {
          types.add(domain);
          grew = true;
        }
      }
    }
  }

  private dropColumnsOfTypes(types: ReadonlySet<string>): void {
    const names = new Set([...types].map((type) => splitKey(type).name));
    const known = [...this.enums.keys(), ...this.domains.keys()];
    const ambiguous = (name: string): boolean => known.some((type) => !types.has(type) && splitKey(type).name === name);
    for (const [key, table] of [...this.tables]) {
      for (const column of [...table.columns.values()]) {
        const { name, schema } = column.type;
        if (!names.has(name)) continue;
        // A type written with its schema is that schema's.
        if (schema !== undefined ? types.has(`${schema}.${name}`) : !ambiguous(name)) this.dropColumn(key, column.name);
        else if (schema === undefined) this.markIncomplete(key);
      }
    }
  }

  /** DROP SEQUENCE ... CASCADE drops the defaults that call nextval() on it (the columns stay). */
  private dropSequenceDependents(dropped: (sequence: string) => boolean): void {
    for (const [key, table] of [...this.tables]) {
      if (![...table.columns.values()].some((c) => c.sequence && dropped(c.sequence))) continue;
      this.updateTable(key, (t) => {
        for (const [name, c] of t.columns)
          if (c.sequence && dropped(c.sequence)) t.columns.set(name, { ...withoutDefault(c), hasDefault: false });
      });
    }
  }

  /**
   * DROP FUNCTION ... CASCADE drops the defaults, CHECK and EXCLUDE constraints and indexes that call it, and the
   * generated columns computed with it, and the triggers executing it (verified on PostgreSQL 15). Where the call
   * may be another function of that name, the default's text is forgotten, and its table is incomplete with the
   * index gone and the rest kept. `args`: the argument types the DROP names, if it names them.
   */
  private dropFunctionDependents(dropped: { schema: string; name: string; overloads: boolean; args?: string }): void {
    // A trigger function takes no arguments: `f()` names it as surely as `f`, and `f(text)` never does.
    const triggerFunction = dropped.args === undefined || dropped.args === '' ? { ...dropped, overloads: false } : null;
    for (const [key, table] of [...this.tables]) {
      if (triggerFunction && table.triggers)
        for (const [trigger, fn] of table.triggers)
          if (callsDropped([fn], triggerFunction) === 'yes') this.setTrigger(key, trigger, undefined);
      const hit = (calls: readonly string[] | undefined) => callsDropped(calls, dropped);
      const columns = [...table.columns.values()].filter((c) => hit(c.calls) !== 'no');
      const constraints = [...table.constraints.values()].filter((c) => hit(c.calls) !== 'no');
      const indexes = this.indexesOf(key).filter((i) => hit(i.calls) !== 'no');
      if (columns.length + constraints.length + indexes.length === 0) continue;
      let unsure = false;
      const schema = splitKey(key).schema;
      for (const index of indexes) {
        const maybe = hit(index.calls) === 'maybe';
        unsure ||= maybe;
        this.deleteIndex(index.key, maybe);
      }
      for (const c of constraints) {
        if (hit(c.calls) === 'maybe') {
          unsure = true;
          // Kept, but maybe dropped: it proves nothing (a SET NOT NULL or ATTACH PARTITION would skip no scan).
          this.updateTable(key, (t) =>
            t.constraints.set(c.name, without(without(without(c, 'notNullColumn'), 'provesNotNull'), 'bounds')),
          );
        } else {
          this.updateTable(key, (t) => t.constraints.delete(c.name));
          this.deleteIndex(`${schema}.${c.name}`);
        }
      }
      for (const column of columns) {
        const sure = hit(column.calls) === 'yes';
        if (column.generated) {
          if (sure) this.dropColumn(key, column.name);
          else unsure = true;
          continue;
        }
        this.updateTable(key, (t) => {
          const c = t.columns.get(column.name);
          if (c) t.columns.set(c.name, sure ? { ...withoutDefault(c), hasDefault: false } : without(c, 'defaultSql'));
        });
      }
      if (unsure) this.markIncomplete(key);
    }
  }

  /**
   * DROP SCHEMA ... CASCADE: everything in it, and what depends on that elsewhere (columns of its types, defaults
   * on its sequences or calling its functions, foreign keys to its tables, views reading them...).
   */
  private dropSchema(schema: string): void {
    const inSchema = (key: string): boolean => splitKey(key).schema === schema;
    for (const key of [...this.tables.keys()]) if (inSchema(key)) this.dropTable(key, true);
    for (const key of [...this.views.keys()]) if (inSchema(key)) this.dropView(key, true);
    const types = [...this.enums.keys(), ...this.domains.keys()].filter(inSchema);
    for (const type of types) this.dropType(type, true);
    // Its other types (composite, range...): the columns and domains that name them with the schema.
    const domains = new Set<string>();
    this.addDomainsOver(domains, (base) => base.schema === schema);
    if (domains.size > 0) this.dropColumnsOfTypes(domains);
    this.forgetTypes(domains);
    for (const [key, table] of [...this.tables])
      for (const column of [...table.columns.values()])
        if (column.type.schema === schema) this.dropColumn(key, column.name);
    this.dropSequenceDependents(inSchema);
    // Its functions: those the model knows, and any a call names with this schema.
    const functions = new Set([...this.functions.keys()].filter(inSchema).map((key) => splitKey(key).name));
    for (const table of this.tables.values()) {
      const calls = [
        ...[...table.columns.values()].flatMap((c) => c.calls ?? []),
        ...[...table.constraints.values()].flatMap((c) => c.calls ?? []),
        ...this.indexesOf(table.key).flatMap((i) => i.calls ?? []),
      ];
      for (const call of calls) if (call.includes('.') && inSchema(call)) functions.add(splitKey(call).name);
    }
    for (const name of functions) this.dropFunctionDependents({ schema, name, overloads: false });
    for (const key of [...this.functions.keys()]) if (inSchema(key)) this.deleteFunction(key);
    for (const key of [...this.functionSignatures.keys()])
      if (inSchema(key)) this.dropFunctionSignature(key, undefined);
    for (const key of [...this.procedures.keys()]) if (inSchema(key)) this.dropProcedure(key);
  }

  /**
   * DROP EXTENSION ... CASCADE drops the columns of the types it made and of the domains over them, and the
   * defaults, constraints and indexes calling its functions (those of well-known extensions are listed; verified on
   * PostgreSQL 15); what else of every table used its functions or operator classes is unknown.
   */
  private dropExtension(name: string): void {
    const types = EXTENSION_TYPES[name] ?? [];
    if (types.length > 0) {
      const dropped = new Set(types.map((type) => `public.${type}`));
      this.addDomainsOver(dropped, (base) => types.includes(base.name) && (base.schema ?? 'public') === 'public');
      this.dropColumnsOfTypes(dropped);
      this.forgetTypes(dropped);
    }
    // (Not one the history made: which of the two a call is, is unknown.)
    for (const fn of EXTENSION_FUNCTIONS[name] ?? [])
      if (!this.functionSignatures.has(`public.${fn}`))
        this.dropFunctionDependents({ schema: 'public', name: fn, overloads: false });
    // Only what may be the extension's (a type, function or operator class PostgreSQL does not have) may be gone.
    for (const [key, table] of [...this.tables]) if (this.mayUseExtension(table)) this.markIncomplete(key);
  }

  /** Whether a column type, a call, an index or an exclusion constraint of the table may come from an extension. */
  private mayUseExtension(table: TableInfo): boolean {
    const knownType = (name: string): boolean => {
      if (BUILT_IN_TYPES.has(name)) return true;
      const domain = [...this.domains].find(([type]) => splitKey(type).name === name)?.[1];
      if (domain) return knownType(domain.base.name);
      return [...this.enums.keys()].some((type) => splitKey(type).name === name);
    };
    const knownCall = (call: string): boolean =>
      call.startsWith('pg_catalog.') ||
      BUILT_IN_FUNCTIONS.has(call) ||
      this.functions.has(call.includes('.') ? call : `public.${call}`);
    const unknownCalls = (calls: readonly string[] | undefined) => !(calls ?? []).every(knownCall);
    return (
      [...table.columns.values()].some((c) => !knownType(c.type.name) || unknownCalls(c.calls)) ||
      [...table.constraints.values()].some((c) => c.kind === 'exclusion' || unknownCalls(c.calls)) ||
      // An index of another method or with an operator class may use the extension's (pg_trgm, btree_gist...).
      this.indexesOf(table.key).some(
        (i) =>
          unknownCalls(i.calls) ||
          (i.definition === undefined
            ? !table.constraints.has(i.name) // a primary key's or unique constraint's is a plain btree
            : /\busing\s+(?!btree\b)|_ops\b/i.test(i.definition)),
      )
    );
  }

  private createIndex(ast: AstNode): void {
    const table = relationRef(ast.relation, 'table');
    if (!table) return;
    const schema = table.key.slice(0, table.key.indexOf('.'));
    const columns: (string | null)[] = (ast.indexParams ?? []).map((p: AstNode) => p.IndexElem?.name ?? null);
    const name =
      ast.idxname ??
      defaultName(table.key.slice(schema.length + 1), columns, 'idx', (n) => this.indexes.has(`${schema}.${n}`));
    const key = `${schema}.${name}`;
    if (this.indexes.has(key) && ast.if_not_exists) return;
    const expressions = (ast.indexParams ?? []).map((p: AstNode) => p.IndexElem?.expr).filter(Boolean);
    const opclasses: (string | null)[] = (ast.indexParams ?? []).map(
      (p: AstNode) => p.IndexElem?.opclass?.at(-1)?.String?.sval ?? null,
    );
    const included: unknown[] = (ast.indexIncludingParams ?? []).map((p: AstNode) => p.IndexElem?.name);
    // (Most indexes are over plain columns: nothing else to look for.)
    const plain = expressions.length === 0 && !ast.whereClause;
    const mentions = [
      ...(plain ? [] : referencedColumns([expressions, ast.whereClause])),
      ...included.filter((c): c is string => typeof c === 'string'),
    ].filter((c) => !columns.includes(c));
    this.setIndex({
      key,
      name,
      table: table.key,
      columns,
      unique: Boolean(ast.unique),
      partial: Boolean(ast.whereClause),
      ...defined('excludesNullsOf', ast.whereClause ? onlyNotNullTests(ast.whereClause) : undefined),
      ...defined('definition', this.source?.trim().replace(/;$/, '')),
      ...defined('onlyParent', ast.relation?.inh !== true ? true : undefined),
      ...defined('mentions', mentions.length > 0 ? [...new Set(mentions)] : undefined),
      ...defined('calls', plain ? undefined : callsIn(expressions, ast.whereClause)),
      ...defined('method', ast.accessMethod && ast.accessMethod !== 'btree' ? ast.accessMethod : undefined),
      ...defined('opclasses', opclasses.some((o) => o !== null) ? opclasses : undefined),
    });
  }

  private alterEnum(ast: AstNode): void {
    const key = qualifiedKey(ast.typeName);
    const labels = this.enums.get(key);
    if (!labels) return;
    let next = [...labels];
    if (ast.oldVal) next = next.map((l) => (l === ast.oldVal ? ast.newVal : l));
    else if (ast.newVal && !next.includes(ast.newVal)) {
      const at = ast.newValNeighbor ? next.indexOf(ast.newValNeighbor) : -1;
      if (at < 0) next.push(ast.newVal);
      else next.splice(ast.newValIsAfter ? at + 1 : at, 0, ast.newVal);
    }
    this.writable('enums');
    this.enums.set(key, next);
  }
}

type MutableTable = {
  -readonly [K in keyof TableInfo]: TableInfo[K];
} & { columns: Map<string, ColumnInfo>; constraints: Map<string, ConstraintInfo> };

/** `{ key: value }`, or `{}` when the value is unknown (models compare equal whether or not text was given). */
function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** `schema.name` → its parts. */
function splitKey(key: string): { schema: string; name: string } {
  const dot = key.indexOf('.');
  return { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}

/** A column without what its default (or generation expression) said. */
function withoutDefault(column: ColumnInfo): ColumnInfo {
  const copy = { ...column };
  delete copy.defaultSql;
  delete copy.calls;
  delete copy.sequence;
  delete copy.generated;
  delete copy.virtual;
  return copy;
}

/** A copy without one optional key. */
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** `CREATE TABLE ... (LIKE t INCLUDING ...)` options (PostgreSQL's TableLikeOption bits). */
const LIKE_CONSTRAINTS = 1 << 2;
const LIKE_DEFAULTS = 1 << 3;
const LIKE_INDEXES = 1 << 6;

/**
 * CREATE TABLE ... AS SELECT: the columns of the query that are columns of one known table (`SELECT *`, `SELECT a,
 * b AS c`), with their types and collations; nullable and without defaults, as PostgreSQL creates them. Complete
 * only when every output column is one of those.
 */
function queryColumns(
  query: AstNode | undefined,
  tables: ReadonlyMap<string, TableInfo>,
): { columns: ColumnInfo[]; complete: boolean } {
  const from = query?.fromClause?.length === 1 ? relationRef(query.fromClause[0].RangeVar, 'table') : undefined;
  const source = from && tables.get(from.key);
  if (!source?.complete || query?.withClause || query?.op !== 'SETOP_NONE') return { columns: [], complete: false };
  const columns: ColumnInfo[] = [];
  let complete = true;
  const plain = (column: ColumnInfo, name = column.name): ColumnInfo => ({
    name,
    type: column.type,
    notNull: false,
    hasDefault: false,
    ...defined('collation', column.collation),
  });
  for (const target of query.targetList ?? []) {
    const fields: AstNode[] = target.ResTarget?.val?.ColumnRef?.fields ?? [];
    const last = fields[fields.length - 1];
    if (last?.A_Star && fields.length <= 2 && !target.ResTarget.name) {
      for (const column of source.columns.values()) columns.push(plain(column));
      continue;
    }
    const column = typeof last?.String?.sval === 'string' ? source.columns.get(last.String.sval) : undefined;
    if (column && fields.length <= 2) columns.push(plain(column, target.ResTarget.name ?? column.name));
    else complete = false;
  }
  return { columns, complete };
}

function emptyTable(key: string, name: string, complete: boolean): MutableTable {
  return { key, name, columns: new Map(), constraints: new Map(), partitioned: false, complete };
}

/**
 * default_tablespace after a SET or RESET of it (or RESET ALL): the value a plain SET gives it ('' is the database's
 * default); undefined (unknown) for the others, which give back a value that ALTER DATABASE or ROLE, the server's
 * settings or the end of the transaction (SET LOCAL) decide.
 */
function sessionDefaultTablespace(ast: AstNode): string | undefined {
  const value = ast.args?.length === 1 ? ast.args[0].A_Const?.sval : undefined;
  if (ast.kind !== 'VAR_SET_VALUE' || ast.is_local || !value) return undefined;
  return typeof value.sval === 'string' ? value.sval : '';
}

/** The file is a pg_dump (`pg_dump --schema-only` baselines): pg_dump always writes this header comment. */
export function writtenByPgDump(comments: readonly Comment[]): boolean {
  return comments.some((c) => !c.inStatement && /^--\s*PostgreSQL database dump\s*$/.test(c.text));
}

/** Replays one statement onto a model and returns the new model (the input is left untouched). */
export function replay(model: SchemaModel, kind: string, ast: AstNode): SchemaModel {
  const builder = new SchemaBuilder(model);
  builder.apply(kind, ast);
  return builder.snapshot();
}
