// What one parsed statement does, independent of its neighbours: the transaction control it is, the objects it
// creates, the table locks it takes, whether it sets lock_timeout, whether it refuses to run in a transaction.
// Pure and cached per statement text by the analysis.
import type { AstNode } from '../syntax/parse';
import { quoteIdent, quoteKey, quoteQualified } from '../syntax/quoteIdent';
import { LockMode, SEQUENCE_OPTIONS_LOCK, strongerLock } from './locks';
import { perStatement } from './perStatement';
import { schemaElements } from './schemaElements';

export type RelationKind = 'table' | 'index' | 'view' | 'relation';

export interface RelationRef {
  /**
   * For messages and generated SQL: as the statement names it, each part quoted where PostgreSQL needs it
   * (`orders`, `billing.orders`, `"Sales"."Orders"`).
   */
  name: string;
  /** The same name unquoted (`billing.orders`, `Sales.Orders`): what the search path and application code see. */
  written: string;
  /** Normalised for comparison: `schema.name`, with `public` when unqualified. */
  key: string;
  kind: RelationKind;
}

export interface LockFact {
  relation: RelationRef;
  mode: LockMode;
}

export type TransactionControl = 'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollback-to' | 'prepare';

export interface StatementFacts {
  transaction?: TransactionControl;
  /** COMMIT AND CHAIN / ROLLBACK AND CHAIN: a new transaction starts at once. */
  chain?: boolean;
  creates: RelationRef[];
  locks: LockFact[];
  /** `set` for a non-zero lock_timeout, `unset` for 0/DEFAULT/RESET. */
  lockTimeout?: 'set' | 'unset';
  /** SET LOCAL: lasts until the end of the transaction, and does nothing outside one. */
  lockTimeoutLocal?: boolean;
  /**
   * The indexes created here (by CREATE INDEX, or by a PRIMARY KEY, UNIQUE or EXCLUDE constraint) and their table,
   * so a later DROP INDEX or ALTER INDEX locks that table.
   */
  createsIndexes?: { index: string; table: RelationRef }[];
  /** The operation, when PostgreSQL refuses to run it inside a transaction block. */
  nonTransactional?: string;
  /**
   * `ALTER TABLE a RENAME TO b`, `ALTER TABLE a SET SCHEMA s` (and of views, materialized views, sequences): the
   * keys before and after (a relation this migration created stays its own).
   */
  renamesTable?: { from: string; to: string };
  /** `ALTER INDEX a RENAME TO b`: the keys before and after (the index still belongs to its table). */
  renamesIndex?: { from: string; to: string };
  /** `SET search_path TO app, public`: the schemas, in order (`[]` for DEFAULT/RESET: back to `public`). */
  searchPath?: readonly string[];
  /** SET LOCAL search_path (or set_config(..., true)): until the end of the transaction, and nothing outside one. */
  searchPathLocal?: boolean;
  /**
   * `SET TIME ZONE`: true for a zone at UTC's offset without daylight saving (then timestamp ↔ timestamptz converts
   * nothing), false for any other value, DEFAULT, LOCAL and RESET (the server's zone, unknown).
   */
  timeZoneUtc?: boolean;
  /** SET LOCAL TIME ZONE (or set_config(..., true)): until the end of the transaction, and nothing outside one. */
  timeZoneLocal?: boolean;
}

export function relationRef(rangeVar: AstNode | undefined, kind: RelationKind): RelationRef | undefined {
  if (!rangeVar || typeof rangeVar.relname !== 'string') return undefined;
  // Every rule asks about the statement's table: the same answer, with the same key string, whose hash the maps
  // it is looked up in then compute once.
  if (rangeVar === lastRangeVar && kind === lastRef.kind) return lastRef;
  const schema: string | undefined = rangeVar.schemaname;
  lastRangeVar = rangeVar;
  lastRef = {
    name: schema ? `${quoteIdent(schema)}.${quoteIdent(rangeVar.relname)}` : quoteIdent(rangeVar.relname),
    written: schema ? `${schema}.${rangeVar.relname}` : rangeVar.relname,
    key: `${schema ?? 'public'}.${rangeVar.relname}`,
    kind,
  };
  return lastRef;
}

/** A relation known by its key (`billing.orders`): named with its schema, or without it in `public` when implied. */
export function relationRefOfKey(key: string, kind: RelationKind, publicImplied = false): RelationRef {
  const written = publicImplied && key.startsWith('public.') ? key.slice('public.'.length) : key;
  return { name: quoteKey(key, publicImplied), written, key, kind };
}

/** The key of the index called `name` on `table`: an index lives in its table's schema. */
export function indexKeyBeside(table: RelationRef, name: string): string {
  return `${table.key.slice(0, table.key.indexOf('.'))}.${name}`;
}

/** REINDEX of many tables, which PostgreSQL refuses inside a transaction block. */
const REINDEX_MANY: Record<string, string> = {
  REINDEX_OBJECT_SCHEMA: 'SCHEMA ',
  REINDEX_OBJECT_DATABASE: 'DATABASE ',
  REINDEX_OBJECT_SYSTEM: 'SYSTEM ',
};

let lastRangeVar: AstNode | undefined;
let lastRef: RelationRef = { name: '', written: '', key: '', kind: 'table' };

/** How a message names the locked relation: an index's lock lands on its table. */
export function describeRelation(ref: RelationRef): string {
  return ref.kind === 'index' ? `the table of index ${ref.name}` : ref.name;
}

/** `["billing","orders"]` string lists (DROP INDEX names) → relation reference. */
export function refFromNameList(items: AstNode[] | undefined, kind: RelationKind): RelationRef | undefined {
  const parts = (items ?? []).map((i) => i.String?.sval).filter((s): s is string => typeof s === 'string');
  if (parts.length === 0) return undefined;
  const relname = parts[parts.length - 1];
  const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
  return { name: quoteQualified(...parts), written: parts.join('.'), key: `${schema ?? 'public'}.${relname}`, kind };
}

/** Objects that belong to a table and are dropped under an AccessExclusiveLock on it (verified on PostgreSQL 15). */
const TABLE_OBJECTS = new Set(['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE']);

const TRANSACTION_KINDS: Record<string, TransactionControl> = {
  TRANS_STMT_BEGIN: 'begin',
  TRANS_STMT_START: 'begin',
  TRANS_STMT_COMMIT: 'commit',
  TRANS_STMT_ROLLBACK: 'rollback',
  TRANS_STMT_SAVEPOINT: 'savepoint',
  TRANS_STMT_RELEASE: 'release',
  TRANS_STMT_ROLLBACK_TO: 'rollback-to',
  TRANS_STMT_PREPARE: 'prepare',
};

/** Lock taken by each ALTER TABLE subcommand (PostgreSQL's AlterTableGetLockLevel); unlisted ones take ACCESS EXCLUSIVE. */
const ALTER_TABLE_LOCKS: Record<string, LockMode> = {
  AT_ValidateConstraint: 'ShareUpdateExclusiveLock',
  AT_SetStatistics: 'ShareUpdateExclusiveLock',
  AT_SetOptions: 'ShareUpdateExclusiveLock',
  AT_ResetOptions: 'ShareUpdateExclusiveLock',
  AT_SetRelOptions: 'ShareUpdateExclusiveLock',
  AT_ResetRelOptions: 'ShareUpdateExclusiveLock',
  AT_ClusterOn: 'ShareUpdateExclusiveLock',
  AT_DropCluster: 'ShareUpdateExclusiveLock',
  AT_AttachPartition: 'ShareUpdateExclusiveLock',
  // FINALIZE of a pending concurrent detach: the parent is only ShareUpdateExclusiveLock'd, the partition fully.
  AT_DetachPartitionFinalize: 'ShareUpdateExclusiveLock',
  AT_EnableTrig: 'ShareRowExclusiveLock',
  AT_EnableAlwaysTrig: 'ShareRowExclusiveLock',
  AT_EnableReplicaTrig: 'ShareRowExclusiveLock',
  AT_EnableTrigAll: 'ShareRowExclusiveLock',
  AT_EnableTrigUser: 'ShareRowExclusiveLock',
  AT_DisableTrig: 'ShareRowExclusiveLock',
  AT_DisableTrigAll: 'ShareRowExclusiveLock',
  AT_DisableTrigUser: 'ShareRowExclusiveLock',
};

/** Storage parameters that change how the table is decoded or replicated take its AccessExclusiveLock. */
const EXCLUSIVE_RELOPTIONS = new Set(['user_catalog_table']);

export function alterTableCommandLock(cmd: AstNode): LockMode {
  if (
    (cmd.subtype === 'AT_SetRelOptions' || cmd.subtype === 'AT_ResetRelOptions') &&
    (cmd.def?.List?.items ?? []).some((d: AstNode) => EXCLUSIVE_RELOPTIONS.has(d.DefElem?.defname))
  )
    return 'AccessExclusiveLock';
  if (cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN') {
    return 'ShareRowExclusiveLock';
  }
  if (cmd.subtype === 'AT_DetachPartition' && cmd.def?.PartitionCmd?.concurrent) return 'ShareUpdateExclusiveLock';
  return ALTER_TABLE_LOCKS[cmd.subtype] ?? 'AccessExclusiveLock';
}

export const alterTableCommands = perStatement((ast: AstNode): readonly AstNode[] =>
  (ast.cmds ?? []).map((c: AstNode) => c.AlterTableCmd).filter(Boolean),
);

/** A boolean option as PostgreSQL's defGetBoolean reads it: `(FULL)`, `(FULL true|on|1)` are on; false/off/0 are off. */
function hasOption(options: AstNode[] | undefined, name: string): boolean {
  const option = (options ?? []).find((o) => o.DefElem?.defname === name)?.DefElem;
  if (!option) return false;
  const arg = option.arg;
  if (!arg) return true;
  if (arg.Boolean) return Boolean(arg.Boolean.boolval);
  if (arg.Integer) return Boolean(arg.Integer.ival);
  const word = String(arg.String?.sval ?? arg.A_Const?.sval?.sval ?? '').toLowerCase();
  return !['false', 'off', '0', 'no'].includes(word);
}

function lockTimeoutFromSet(ast: AstNode): 'set' | 'unset' | undefined {
  if (ast.name !== 'lock_timeout') return undefined;
  if (ast.kind !== 'VAR_SET_VALUE') return 'unset'; // DEFAULT, RESET
  const value = ast.args?.[0]?.A_Const;
  // libpg-query omits zero values: `SET lock_timeout = 0` arrives as `{ ival: {} }`.
  const raw = value?.ival?.ival ?? value?.fval?.fval ?? value?.sval?.sval ?? 0;
  return isZeroDuration(raw) ? 'unset' : 'set';
}

/** Each unit of a time setting, and the next smaller one with how many of it make one. */
const NEXT_UNIT: Record<string, [string, number]> = {
  d: ['h', 24],
  h: ['min', 60],
  min: ['s', 60],
  s: ['ms', 1000],
  ms: ['us', 1000],
};
const US_PER: Record<string, number> = { us: 1, ms: 1e3, s: 1e6, min: 6e7, h: 3.6e9, d: 8.64e10 };

/** PostgreSQL's rint(): halves go to the even neighbour. */
function rint(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Whether a lock_timeout value is 0 (no timeout) once PostgreSQL has rounded it: to whole milliseconds, and a
 * fraction with a unit first to a whole number of the next smaller unit (`0.5` and `'500us'` are 0, `'0.6ms'` is 1ms).
 */
function isZeroDuration(raw: unknown): boolean {
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(us|ms|s|min|h|d)?\s*$/i.exec(String(raw));
  if (!match) return false;
  const value = Number(match[1]);
  const unit = (match[2] ?? 'ms').toLowerCase();
  let us = value * US_PER[unit];
  const next = NEXT_UNIT[unit];
  if (match[2] !== undefined && next && !Number.isInteger(value)) us = rint(value * next[1]) * US_PER[next[0]];
  return rint(us / 1000) === 0;
}

/**
 * `SELECT set_config('lock_timeout', '2s', is_local)` is how some tools set a parameter (is_local true: like
 * SET LOCAL): the constant settings a SELECT makes this way. A value that is not a constant is undefined.
 */
export function setConfigCalls(ast: AstNode): { setting: string; value: string | undefined; local: boolean }[] {
  const calls: { setting: string; value: string | undefined; local: boolean }[] = [];
  for (const target of ast.targetList ?? []) {
    const call = target.ResTarget?.val?.FuncCall;
    const name = call?.funcname?.map((n: AstNode) => n.String?.sval).pop();
    if (name !== 'set_config') continue;
    const [setting, value, local] = call.args ?? [];
    const parameter = setting?.A_Const?.sval?.sval;
    if (typeof parameter !== 'string') continue;
    const isLocal = local?.A_Const?.boolval?.boolval === true || local?.A_Const?.sval?.sval === 'true';
    // (libpg-query omits an empty string's value: `set_config('search_path', '', false)`.)
    const raw = value?.A_Const ? (value.A_Const.sval?.sval ?? '') : undefined;
    calls.push({ setting: parameter.toLowerCase(), value: raw, local: isLocal });
  }
  return calls;
}

/** A search_path value as written in set_config (`app, "Tenant", public`): the schemas, in order. */
function searchPathValue(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('"') && part.endsWith('"') ? part.slice(1, -1) : part.toLowerCase()));
}

/** Zones at UTC's offset that never change it (PostgreSQL's pg_get_timezone_offset is 0), case-insensitive. */
const UTC_ZONE = /^(etc\/)?(utc|uct|gmt|universal|zulu|greenwich|gmt[+-]?0+)$/i;
/** A POSIX zone or an offset of zero without a daylight-saving part: `UTC0`, `GMT+0`, `+00:00`, `0`. */
const ZERO_OFFSET = /^(utc|uct|gmt)?[+-]?0+(:0+){0,2}$/i;

/** Whether a `SET TIME ZONE` value names UTC (verified on PostgreSQL 15: the spellings here all skip the rewrite). */
function isUtcZone(value: AstNode | undefined): boolean {
  // INTERVAL '+00:00' HOUR TO MINUTE, INTERVAL '0'
  const constant = value?.TypeCast ? value.TypeCast.arg?.A_Const : value?.A_Const;
  if (!constant) return false;
  // libpg-query omits zero values: `SET TIME ZONE 0` arrives as `{ ival: {} }`.
  if (constant.ival) return !constant.ival.ival;
  const raw = String(constant.fval?.fval ?? constant.sval?.sval ?? '').trim();
  if (constant.fval) return Number(raw) === 0;
  return value?.TypeCast ? /^[+-]?0+(:0+){0,2}$/.test(raw) : UTC_ZONE.test(raw) || ZERO_OFFSET.test(raw);
}

const LOCK_STMT_MODES: Record<number, LockMode> = {
  1: 'AccessShareLock',
  2: 'RowShareLock',
  3: 'RowExclusiveLock',
  4: 'ShareUpdateExclusiveLock',
  5: 'ShareLock',
  6: 'ShareRowExclusiveLock',
  7: 'ExclusiveLock',
  8: 'AccessExclusiveLock',
};

/** The relations whose rename or move to another schema carries "created in this migration" along. */
const RENAMED_RELATIONS = new Set([
  'OBJECT_TABLE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_FOREIGN_TABLE',
  'OBJECT_SEQUENCE',
]);

const INDEX_SUFFIXES: Record<string, string> = {
  CONSTR_PRIMARY: 'pkey',
  CONSTR_UNIQUE: 'key',
  CONSTR_EXCLUSION: 'excl',
};

/**
 * The indexes the PRIMARY KEY, UNIQUE and EXCLUDE constraints among `elements` (column definitions and table
 * constraints) build on `table`, named as PostgreSQL names them (`orders_pkey`, `orders_email_key`, or the
 * constraint's name; `USING INDEX` renames the adopted index to it).
 */
function constraintIndexes(facts: StatementFacts, table: RelationRef, elements: AstNode[]): void {
  const schema = table.key.slice(0, table.key.indexOf('.'));
  const tableName = table.key.slice(schema.length + 1);
  for (const element of elements) {
    const column = element?.ColumnDef;
    const constraints: AstNode[] = column
      ? (column.constraints ?? []).map((c: AstNode) => c.Constraint)
      : [element?.Constraint];
    for (const c of constraints) {
      const suffix = c && INDEX_SUFFIXES[c.contype];
      if (!suffix) continue;
      const columns: string[] = column
        ? [column.colname]
        : (c.keys ?? c.exclusions?.map((e: AstNode) => e.List?.items?.[0]?.IndexElem) ?? []).map(
            (k: AstNode) => k.String?.sval ?? k.name,
          );
      const name: string =
        c.conname ?? (suffix === 'pkey' ? `${tableName}_pkey` : `${tableName}_${columns.join('_')}_${suffix}`);
      const index = { name: quoteIdent(name), written: name, key: `${schema}.${name}`, kind: 'index' as const };
      facts.creates.push(index);
      (facts.createsIndexes ??= []).push({ index: index.key, table });
    }
  }
}

/** Statements that create one relation (besides CREATE TABLE and CREATE INDEX): which one. */
const CREATES: Record<string, (ast: AstNode) => RelationRef | undefined> = {
  CreateTableAsStmt: (ast) => relationRef(ast.into?.rel, ast.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table'),
  ViewStmt: (ast) => relationRef(ast.view, 'view'),
  // CREATE TYPE address AS (...) is a relation too: ALTER TYPE ... ATTRIBUTE locks it.
  CompositeTypeStmt: (ast) => relationRef(ast.typevar, 'relation'),
  CreateSeqStmt: (ast) => relationRef(ast.sequence, 'relation'),
  CreateForeignTableStmt: (ast) => relationRef(ast.base?.relation, 'table'),
};

const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

/** The sequences PostgreSQL creates for a table's serial and identity columns (`orders_id_seq`). */
function ownedSequences(table: RelationRef, elements: AstNode[] | undefined): RelationRef[] {
  const sequences: RelationRef[] = [];
  for (const element of elements ?? []) {
    const column = element.ColumnDef;
    if (!column?.colname) continue;
    const typeName = column.typeName?.names?.at(-1)?.String?.sval;
    const identity = (column.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === 'CONSTR_IDENTITY');
    if (!SERIAL_TYPES.has(typeName) && !identity) continue;
    const suffix = `_${column.colname}_seq`;
    const written = table.written + suffix;
    const name = written === table.key + suffix ? quoteKey(written) : quoteIdent(written);
    sequences.push({ name, written, key: table.key + suffix, kind: 'relation' });
  }
  return sequences;
}

export function statementFacts(kind: string, ast: AstNode): StatementFacts {
  const facts: StatementFacts = { creates: [], locks: [] };
  const lock = (ref: RelationRef | undefined, mode: LockMode): void => {
    if (!ref) return;
    const existing = facts.locks.find((l) => l.relation.key === ref.key);
    if (existing) existing.mode = strongerLock(existing.mode, mode);
    else facts.locks.push({ relation: ref, mode });
  };

  switch (kind) {
    case 'TransactionStmt':
      facts.transaction = TRANSACTION_KINDS[ast.kind];
      if (ast.chain) facts.chain = true;
      break;
    case 'DiscardStmt':
      // DISCARD ALL resets every setting, as RESET ALL does.
      if (ast.target === 'DISCARD_ALL') {
        facts.lockTimeout = 'unset';
        facts.searchPath = [];
        facts.timeZoneUtc = false;
      }
      break;
    case 'VariableSetStmt':
      if (ast.kind === 'VAR_RESET_ALL') {
        facts.lockTimeout = 'unset';
        facts.searchPath = [];
        facts.timeZoneUtc = false;
        break;
      }
      facts.lockTimeout = lockTimeoutFromSet(ast);
      if (facts.lockTimeout) facts.lockTimeoutLocal = Boolean(ast.is_local);
      if (ast.name === 'search_path') {
        facts.searchPath = (ast.args ?? [])
          .map((a: AstNode) => a.A_Const?.sval?.sval)
          .filter((s: unknown): s is string => typeof s === 'string');
        if (ast.is_local) facts.searchPathLocal = true;
      }
      // (SET TIME ZONE ... FROM CURRENT changes nothing.)
      if (String(ast.name).toLowerCase() === 'timezone' && ast.kind !== 'VAR_SET_CURRENT') {
        facts.timeZoneUtc = ast.kind === 'VAR_SET_VALUE' && isUtcZone(ast.args?.[0]);
        if (ast.is_local) facts.timeZoneLocal = true;
      }
      break;
    case 'SelectStmt': {
      for (const call of setConfigCalls(ast)) {
        if (call.setting === 'lock_timeout') {
          facts.lockTimeout = call.value === undefined || isZeroDuration(call.value) ? 'unset' : 'set';
          facts.lockTimeoutLocal = call.local;
        } else if (call.setting === 'search_path' && call.value !== undefined) {
          facts.searchPath = searchPathValue(call.value);
          if (call.local) facts.searchPathLocal = true;
        } else if (call.setting === 'timezone') {
          facts.timeZoneUtc = call.value !== undefined && isUtcZone({ A_Const: { sval: { sval: call.value } } });
          if (call.local) facts.timeZoneLocal = true;
        }
      }
      // SELECT ... INTO new_table creates it, as CREATE TABLE AS does.
      const into = relationRef(ast.intoClause?.rel, 'table');
      if (into) facts.creates.push(into);
      break;
    }
    case 'CreateSchemaStmt':
      for (const element of schemaElements(ast)) {
        const inner = statementFacts(element.kind, element.ast);
        // (A lock on a table an earlier element created blocks no one: nothing else can see the schema yet.)
        for (const l of inner.locks) if (!facts.creates.some((c) => c.key === l.relation.key)) lock(l.relation, l.mode);
        facts.creates.push(...inner.creates);
        if (inner.createsIndexes) (facts.createsIndexes ??= []).push(...inner.createsIndexes);
      }
      break;
    case 'CreateStmt': {
      const ref = relationRef(ast.relation, 'table');
      if (ref) facts.creates.push(ref, ...ownedSequences(ref, ast.tableElts));
      if (ref) constraintIndexes(facts, ref, ast.tableElts ?? []);
      // CREATE TABLE ... PARTITION OF takes an AccessExclusiveLock on the parent (verified on PostgreSQL 15).
      if (ast.partbound) lock(relationRef(ast.inhRelations?.[0]?.RangeVar, 'table'), 'AccessExclusiveLock');
      // A foreign key takes ShareRowExclusiveLock on the table it references, which is usually busy; one that
      // references the new table itself (a tree of categories) locks only what nobody else can see yet.
      for (const element of ast.tableElts ?? []) {
        const constraints = element.ColumnDef?.constraints ?? (element.Constraint ? [element] : []);
        for (const c of constraints) {
          if (c.Constraint?.contype !== 'CONSTR_FOREIGN') continue;
          const referenced = relationRef(c.Constraint.pktable, 'table');
          if (referenced?.key !== ref?.key) lock(referenced, 'ShareRowExclusiveLock');
        }
      }
      break;
    }
    case 'CreateTableAsStmt':
    case 'ViewStmt':
    case 'CompositeTypeStmt':
    case 'CreateSeqStmt':
    case 'CreateForeignTableStmt': {
      const ref = CREATES[kind](ast);
      if (ref) facts.creates.push(ref);
      break;
    }
    case 'IndexStmt': {
      const table = relationRef(ast.relation, 'table');
      if (ast.idxname && table) {
        const schema = ast.relation?.schemaname as string | undefined;
        const index: RelationRef = {
          name: quoteQualified(schema, ast.idxname),
          written: schema ? `${schema}.${ast.idxname}` : ast.idxname,
          key: `${schema ?? 'public'}.${ast.idxname}`,
          kind: 'index',
        };
        facts.creates.push(index);
        facts.createsIndexes = [{ index: index.key, table }];
      }
      lock(relationRef(ast.relation, 'table'), ast.concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
      if (ast.concurrent) facts.nonTransactional = 'CREATE INDEX CONCURRENTLY';
      break;
    }
    case 'AlterTableStmt': {
      const kindOfRelation: RelationKind =
        ast.objtype === 'OBJECT_INDEX'
          ? 'index'
          : ast.objtype === 'OBJECT_VIEW' || ast.objtype === 'OBJECT_MATVIEW'
            ? 'view'
            : 'table';
      const ref = relationRef(ast.relation, kindOfRelation);
      if (ref && kindOfRelation === 'table')
        constraintIndexes(
          facts,
          ref,
          alterTableCommands(ast)
            .filter((cmd) => cmd.subtype === 'AT_AddConstraint' || cmd.subtype === 'AT_AddColumn')
            .map((cmd) => cmd.def),
        );
      for (const cmd of alterTableCommands(ast)) {
        // A view's options (security_invoker, check_option) change how queries on it run: AccessExclusiveLock
        // (verified on PostgreSQL 15), not a table's ShareUpdateExclusiveLock for storage parameters.
        const viewOptions = ast.objtype === 'OBJECT_VIEW' && /^AT_(Set|Reset)RelOptions$/.test(cmd.subtype);
        lock(ref, viewOptions ? 'AccessExclusiveLock' : alterTableCommandLock(cmd));
        if (cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN') {
          lock(relationRef(cmd.def.Constraint.pktable, 'table'), 'ShareRowExclusiveLock');
        }
        for (const c of cmd.subtype === 'AT_AddColumn' ? (cmd.def?.ColumnDef?.constraints ?? []) : []) {
          if (c.Constraint?.contype === 'CONSTR_FOREIGN')
            lock(relationRef(c.Constraint.pktable, 'table'), 'ShareRowExclusiveLock');
        }
        // (A plain DETACH locks the partition as well; verified on PostgreSQL 15.)
        if (
          cmd.subtype === 'AT_AttachPartition' ||
          cmd.subtype === 'AT_DetachPartitionFinalize' ||
          (cmd.subtype === 'AT_DetachPartition' && !cmd.def?.PartitionCmd?.concurrent)
        ) {
          lock(relationRef(cmd.def?.PartitionCmd?.name, 'table'), 'AccessExclusiveLock');
        }
        if (cmd.subtype === 'AT_DetachPartition' && cmd.def?.PartitionCmd?.concurrent) {
          facts.nonTransactional = 'DETACH PARTITION CONCURRENTLY';
        }
      }
      break;
    }
    case 'RenameStmt': {
      const schema = ast.relation?.schemaname ?? 'public';
      if (ast.renameType === 'OBJECT_INDEX') {
        // PostgreSQL 12 and later rename an index under a ShareUpdateExclusiveLock on the index alone.
        const index = relationRef(ast.relation, 'index');
        lock(index, 'ShareUpdateExclusiveLock');
        if (index && typeof ast.newname === 'string')
          facts.renamesIndex = { from: index.key, to: `${schema}.${ast.newname}` };
        break;
      }
      lock(relationRef(ast.relation, 'table'), 'AccessExclusiveLock');
      const from = RENAMED_RELATIONS.has(ast.renameType) ? relationRef(ast.relation, 'table') : undefined;
      if (from && typeof ast.newname === 'string')
        facts.renamesTable = { from: from.key, to: `${schema}.${ast.newname}` };
      break;
    }
    case 'AlterSeqStmt': {
      // OWNED BY also reads the table under an AccessShareLock; AS locks no table (verified on PostgreSQL 15).
      lock(relationRef(ast.sequence, 'relation'), SEQUENCE_OPTIONS_LOCK);
      const ownedBy = (ast.options ?? []).find((o: AstNode) => o.DefElem?.defname === 'owned_by')?.DefElem;
      lock(refFromNameList(ownedBy?.arg?.List?.items?.slice(0, -1), 'table'), 'AccessShareLock');
      break;
    }
    case 'AlterObjectSchemaStmt': {
      if (!RENAMED_RELATIONS.has(ast.objectType)) break;
      const from = relationRef(ast.relation, 'table');
      lock(from, 'AccessExclusiveLock');
      if (from && typeof ast.newschema === 'string')
        facts.renamesTable = { from: from.key, to: `${ast.newschema}.${ast.relation.relname}` };
      break;
    }
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      // Row-level security rules change what every query on the table sees (verified on PostgreSQL 15).
      lock(relationRef(ast.table, 'table'), 'AccessExclusiveLock');
      break;
    case 'RuleStmt':
      lock(relationRef(ast.relation, 'table'), 'AccessExclusiveLock');
      break;
    case 'DropStmt': {
      if (TABLE_OBJECTS.has(ast.removeType)) {
        // DROP TRIGGER / POLICY / RULE name ON table: the table is the name list less its last item.
        for (const obj of ast.objects ?? [])
          lock(refFromNameList(obj.List?.items?.slice(0, -1), 'table'), 'AccessExclusiveLock');
        break;
      }
      const kinds: Record<string, RelationKind> = {
        OBJECT_TABLE: 'table',
        OBJECT_INDEX: 'index',
        OBJECT_VIEW: 'view',
        OBJECT_MATVIEW: 'view',
      };
      const relKind = kinds[ast.removeType];
      if (!relKind) break;
      for (const obj of ast.objects ?? []) {
        const ref = refFromNameList(obj.List?.items, relKind);
        lock(ref, ast.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock');
      }
      if (ast.concurrent) facts.nonTransactional = 'DROP INDEX CONCURRENTLY';
      break;
    }
    case 'TruncateStmt':
      for (const rel of ast.relations ?? []) lock(relationRef(rel.RangeVar, 'table'), 'AccessExclusiveLock');
      break;
    case 'VacuumStmt': {
      const full = hasOption(ast.options, 'full');
      for (const rel of ast.rels ?? []) {
        lock(
          relationRef(rel.VacuumRelation?.relation, 'table'),
          full ? 'AccessExclusiveLock' : 'ShareUpdateExclusiveLock',
        );
      }
      if (ast.is_vacuumcmd) facts.nonTransactional = full ? 'VACUUM FULL' : 'VACUUM';
      break;
    }
    case 'ClusterStmt':
      lock(relationRef(ast.relation, 'table'), 'AccessExclusiveLock');
      // Without a table it commits after each table it clusters (verified on PostgreSQL 15).
      if (!ast.relation) facts.nonTransactional = 'CLUSTER without a table';
      break;
    case 'ReindexStmt': {
      const concurrent = hasOption(ast.params, 'concurrently');
      const relKind: RelationKind = ast.kind === 'REINDEX_OBJECT_INDEX' ? 'index' : 'table';
      lock(relationRef(ast.relation, relKind), concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
      // REINDEX SCHEMA, DATABASE and SYSTEM commit after each table (verified on PostgreSQL 15).
      const many = REINDEX_MANY[ast.kind as string];
      if (concurrent || many)
        facts.nonTransactional = `REINDEX ${many ?? ''}${concurrent ? 'CONCURRENTLY' : ''}`.trim();
      break;
    }
    case 'RefreshMatViewStmt':
      lock(relationRef(ast.relation, 'view'), ast.concurrent ? 'ExclusiveLock' : 'AccessExclusiveLock');
      break;
    case 'CreateTrigStmt':
      lock(relationRef(ast.relation, 'table'), 'ShareRowExclusiveLock');
      break;
    case 'LockStmt':
      for (const rel of ast.relations ?? []) {
        lock(relationRef(rel.RangeVar, 'table'), LOCK_STMT_MODES[ast.mode as number] ?? 'AccessExclusiveLock');
      }
      break;
    case 'InsertStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt':
      lock(relationRef(ast.relation, 'table'), 'RowExclusiveLock');
      break;
  }
  return facts;
}
