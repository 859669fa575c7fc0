// The AccessExclusiveLocks an open transaction holds, statement by statement. The engine keeps one for the walk
// and shows it to rules as `ctx.transactionLocks`, so the rules that care (lock-held-during-slow-operation,
// validate-in-same-transaction) share one record of it instead of each keeping its own.
import { lockStrength } from '../facts/locks';
import type { LockMode } from '../facts/locks';
import { alterTableCommands, relationRef, relationRefOfKey } from '../facts/statementFacts';
import type { LockFact, RelationRef } from '../facts/statementFacts';
import type { ConstraintInfo, SchemaModel, TableInfo } from '../schema/model';
import { replay } from '../schema/replay';
import type { AstNode } from '../syntax/parse';
import { quoteQualified } from '../syntax/quoteIdent';
import type { TrackedCell, TrackedMap } from '../walk/tracked';
import { describeCommand, describeOperation, lockedRelationName } from './describe';
import type { HeldLock, RuleState, StatementContext, TransactionLocksView } from './rule';
import { tableChanges, tableRefOf } from './tableChanges';

/**
 * The same held lock object for the same relation (by key: some refs are built per call) and statement in every
 * analysis: rules that read the held locks then read the same values as last time, and are not looked at again
 * (see walk/tracked.ts).
 */
const heldLocks = new WeakMap<AstNode, Map<string, HeldLock>>();

function heldLock(relation: RelationRef, kind: string, ast: AstNode, by?: string): HeldLock {
  let byRelation = heldLocks.get(ast);
  if (!byRelation) heldLocks.set(ast, (byRelation = new Map()));
  let lock = byRelation.get(relation.key);
  if (!lock) byRelation.set(relation.key, (lock = { relation, by: by ?? describeOperation(kind, ast) }));
  return lock;
}

const NO_LOCKS: readonly HeldLock[] = [];

/** The relation a rename (or SET SCHEMA) statement leaves under `key`, the same object in every analysis. */
const renamedRelations = new WeakMap<AstNode, RelationRef>();

function renamedRelation(ast: AstNode, key: string): RelationRef {
  let ref = renamedRelations.get(ast);
  if (ref?.key !== key) {
    ref = relationRefOfKey(key, 'table', true);
    renamedRelations.set(ast, ref);
  }
  return ref;
}

/** A held lock under its relation's new name (see heldLocks); `by` stays the statement that took it. */
const renamedLocks = new WeakMap<AstNode, HeldLock>();

function renamedLock(lock: HeldLock, relation: RelationRef, ast: AstNode): HeldLock {
  let moved = renamedLocks.get(ast);
  if (moved?.relation !== relation || moved.by !== lock.by) {
    moved = { relation, by: lock.by };
    renamedLocks.set(ast, moved);
  }
  return moved;
}

/** The same list for the same statement when it holds the same locks (see heldLocks). */
const pendingLists = new WeakMap<AstNode, readonly HeldLock[]>();

function pendingList(ast: AstNode, locks: HeldLock[]): readonly HeldLock[] {
  const last = pendingLists.get(ast);
  if (last && last.length === locks.length && last.every((l, k) => l === locks[k])) return last;
  pendingLists.set(ast, locks);
  return locks;
}

const DROPPED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

/** The DEFAULT partition of the partitioned table `parentKey`, when the schema so far says which it is. */
export function defaultPartitionOf(schema: SchemaModel, parentKey: string): RelationRef | undefined {
  for (const t of schema.tables.values()) if (t.defaultPartition && t.partitionOf === parentKey) return tableRefOf(t);
  return undefined;
}

/**
 * The DEFAULT partition a statement also takes an AccessExclusiveLock on (verified on PostgreSQL 15): a partition
 * created in (CREATE TABLE ... PARTITION OF), attached to or detached from its partitioned table. A new partition's
 * rows are looked for in it.
 */
function lockedDefaultPartition(ctx: StatementContext): RelationRef | undefined {
  let parent: RelationRef | undefined;
  let partition: RelationRef | undefined;
  if (ctx.kind === 'CreateStmt' && ctx.ast.partbound && !ctx.ast.partbound.is_default) {
    parent = relationRef(ctx.ast.inhRelations?.[0]?.RangeVar, 'table');
  } else if (ctx.kind === 'AlterTableStmt' && ctx.ast.objtype === 'OBJECT_TABLE') {
    const cmd = alterTableCommands(ctx.ast).find(
      (c) =>
        (c.subtype === 'AT_AttachPartition' && !c.def?.PartitionCmd?.bound?.is_default) ||
        (c.subtype === 'AT_DetachPartition' && !c.def?.PartitionCmd?.concurrent),
    );
    parent = cmd && relationRef(ctx.ast.relation, 'table');
    partition = cmd && relationRef(cmd.def?.PartitionCmd?.name, 'table');
  }
  const found = parent && defaultPartitionOf(ctx.schema, parent.key);
  return found && found.key !== partition?.key ? found : undefined;
}

/** A lock a statement takes on a table it does not name, known from the schema before it. */
export interface SchemaLock extends LockFact {
  /** What takes it, for messages: `DROP TABLE payments`, `ALTER TABLE payments DROP CONSTRAINT payments_fk`. */
  by: string;
  /** The key of the table whose drop (or whose column's or constraint's) takes it, when one does. */
  because?: string;
  /** The statement drops the table itself (DROP SCHEMA ... CASCADE): no later statement can use it. */
  gone?: true;
}

/** The tables the foreign keys of `table` matching `which` reference (itself left out), when replay followed it. */
function referencedTables(schema: SchemaModel, table: TableInfo, which: (c: ConstraintInfo) => boolean): TableInfo[] {
  if (!table.complete) return [];
  const found: TableInfo[] = [];
  for (const c of table.constraints.values()) {
    const referenced = c.kind === 'foreign' && which(c) ? schema.tables.get(c.references?.table ?? '') : undefined;
    if (referenced && referenced.key !== table.key) found.push(referenced);
  }
  return found;
}

/** `partition` and the partitioned tables above it (a partition's foreign keys are cloned from all of them). */
function ancestors(schema: SchemaModel, partition: string): Set<string> {
  const found = new Set<string>();
  for (let key: string | undefined = partition; key && !found.has(key); key = schema.tables.get(key)?.partitionOf)
    found.add(key);
  return found;
}

/**
 * The foreign keys a partition operation clones or splits off, and the locks that takes on their other tables
 * (verified on PostgreSQL 15, at every level of a multi-level tree): a partition created in or attached to
 * `parent` takes a ShareRowExclusiveLock on the tables the foreign keys of `parent` and the tables above it
 * reference, and on the tables whose foreign keys reference them; a detach (plain, CONCURRENTLY or FINALIZE)
 * takes the same on the referenced tables and drops the partition's share of the referencing tables' foreign
 * keys under an AccessExclusiveLock on them. (A partition that already has a matching validated foreign key
 * may take an AccessExclusiveLock on the referenced table instead: the weaker lock is named.)
 */
function partitionForeignKeyLocks(
  schema: SchemaModel,
  parent: RelationRef,
  partition: RelationRef | undefined,
  detach: boolean,
  add: (relation: RelationRef, by: string, because?: string, gone?: true, mode?: LockMode) => void,
  by: string,
): void {
  const above = ancestors(schema, parent.key);
  const skip = (t: TableInfo): boolean => above.has(t.key) || t.key === partition?.key;
  for (const key of above) {
    const table = schema.tables.get(key);
    if (table)
      for (const t of referencedTables(schema, table, () => true))
        if (!skip(t)) add(tableRefOf(t), by, undefined, undefined, 'ShareRowExclusiveLock');
  }
  for (const t of schema.tables.values())
    if (!skip(t) && referencedTables(schema, t, (c) => above.has(c.references?.table ?? '')).length > 0)
      add(tableRefOf(t), by, undefined, undefined, detach ? 'AccessExclusiveLock' : 'ShareRowExclusiveLock');
}

/**
 * The tables a TRUNCATE ... CASCADE also empties (verified on PostgreSQL 15): those whose foreign keys reference
 * a table it empties, recursively (the named tables and, without ONLY, their partitions). A table replay lost
 * track of may have lost some of its foreign keys and is left out.
 */
export function truncateCascade(schema: SchemaModel, ast: AstNode): TableInfo[] {
  if (ast.behavior !== 'DROP_CASCADE') return [];
  const emptied = new Set<string>();
  for (const r of ast.relations ?? []) {
    const ref = relationRef(r.RangeVar, 'table');
    if (!ref) continue;
    emptied.add(ref.key);
    if (r.RangeVar.inh === false) continue;
    for (let size = 0; size !== emptied.size; ) {
      size = emptied.size;
      for (const t of schema.tables.values()) if (t.partitionOf && emptied.has(t.partitionOf)) emptied.add(t.key);
    }
  }
  const found: TableInfo[] = [];
  for (let size = -1; size !== emptied.size; ) {
    size = emptied.size;
    for (const t of schema.tables.values())
      if (!emptied.has(t.key) && referencedTables(schema, t, (c) => emptied.has(c.references?.table ?? '')).length) {
        emptied.add(t.key);
        found.push(t);
      }
  }
  return found;
}

/** The drops whose CASCADE reaches tables (without it, PostgreSQL refuses when anything depends on them). */
const CASCADE_DROPS: Record<string, string> = {
  OBJECT_TYPE: 'DROP TYPE',
  OBJECT_DOMAIN: 'DROP DOMAIN',
  OBJECT_SEQUENCE: 'DROP SEQUENCE',
  OBJECT_FUNCTION: 'DROP FUNCTION',
  OBJECT_SCHEMA: 'DROP SCHEMA',
  OBJECT_EXTENSION: 'DROP EXTENSION',
};

/** Whether replay dropped for sure a column, default, constraint or trigger of `before` (`after`: the same table). */
function lostPart(before: TableInfo, after: TableInfo): boolean {
  for (const c of before.columns.values()) {
    const now = after.columns.get(c.name);
    if (!now || (c.hasDefault && !now.hasDefault)) return true;
  }
  for (const name of before.constraints.keys()) if (!after.constraints.has(name)) return true;
  for (const name of before.triggers?.keys() ?? []) if (!after.triggers?.has(name)) return true;
  return false;
}

/**
 * The tables a DROP TYPE/DOMAIN/SEQUENCE/FUNCTION/SCHEMA/EXTENSION ... CASCADE reaches, as replay decides it (so
 * both agree): those it drops, and those losing a column, default, constraint, trigger or index (verified on
 * PostgreSQL 15). A table replay only marks incomplete (it cannot tell whether the dropped object is the one used)
 * is left out, unless it also lost something for sure.
 */
function cascadeLocks(ctx: StatementContext, add: (relation: RelationRef, by: string, gone?: true) => void): void {
  const before = ctx.schema;
  const after = replay(before, ctx.kind, ctx.ast);
  const object = ctx.ast.objects?.[0];
  const names: AstNode[] | undefined =
    object?.TypeName?.names ?? object?.ObjectWithArgs?.objname ?? object?.List?.items ?? (object ? [object] : []);
  const name = quoteQualified(...(names ?? []).map((n) => n.String?.sval));
  const more = (ctx.ast.objects?.length ?? 0) > 1 ? ', ...' : '';
  const by = `${CASCADE_DROPS[ctx.ast.removeType]} ${name}${more} CASCADE`;
  const changed = new Set<string>();
  for (const [key, index] of before.indexes) if (!after.indexes.has(key)) changed.add(index.table);
  for (const t of after.tables.values()) if (t !== before.tables.get(t.key)) changed.add(t.key);
  for (const t of before.tables.values()) {
    const now = after.tables.get(t.key);
    if (!now) add(tableRefOf(t), by, true);
    else if (changed.has(t.key) && (!(t.complete && !now.complete) || lostPart(t, now))) add(tableRefOf(t), by);
  }
}

/** Whether schemaLocks() may find any for a statement of this kind (a look at its tree alone). */
function mayTakeSchemaLocks(kind: string, ast: AstNode): boolean {
  return (
    (kind === 'DropStmt' && ast.removeType === 'OBJECT_TABLE') ||
    (kind === 'DropStmt' && CASCADE_DROPS[ast.removeType] !== undefined && ast.behavior === 'DROP_CASCADE') ||
    (kind === 'AlterTableStmt' && ast.objtype === 'OBJECT_TABLE') ||
    (kind === 'CreateStmt' && Boolean(ast.partbound)) ||
    (kind === 'TruncateStmt' && ast.behavior === 'DROP_CASCADE') ||
    domainCheck(kind, ast) !== undefined
  );
}

/**
 * ALTER DOMAIN that checks the values stored in columns of the domain (ADD CONSTRAINT without NOT VALID, VALIDATE
 * CONSTRAINT, SET NOT NULL): PostgreSQL 15 scans each table using it under a ShareLock. Its words for messages.
 */
function domainCheck(kind: string, ast: AstNode): string | undefined {
  if (kind !== 'AlterDomainStmt') return undefined;
  if (ast.subtype === 'C' && !ast.def?.Constraint?.skip_validation) return 'ADD CONSTRAINT';
  if (ast.subtype === 'V') return 'VALIDATE CONSTRAINT';
  if (ast.subtype === 'O') return 'SET NOT NULL';
  return undefined;
}

/** Whether a statement may leave an AccessExclusiveLock held: its own, or one schemaLocks() finds. */
function mayHold(ctx: StatementContext): boolean {
  return mayTakeSchemaLocks(ctx.kind, ctx.ast) || ctx.facts.locks.some((l) => l.mode === 'AccessExclusiveLock');
}

/**
 * The AccessExclusiveLocks a statement also takes on tables it does not name, as the schema before it shows them
 * (each verified on PostgreSQL 15): the DEFAULT partition of a partition created, attached or detached; for a
 * dropped partition, its parent and the parent's DEFAULT partition; the tables a dropped table's foreign keys
 * reference, and with CASCADE the tables whose foreign keys reference it; the table a dropped foreign key
 * references (DROP CONSTRAINT, or DROP COLUMN of one of its columns). A partition's foreign keys are its parent's
 * (dropping it leaves them: no lock), and a table replay lost track of may have lost some: neither is looked at.
 * DROP TYPE/DOMAIN/SEQUENCE/FUNCTION/SCHEMA/EXTENSION ... CASCADE: the tables it reaches (see cascadeLocks()). TRUNCATE ...
 * CASCADE: the tables it also empties (truncateCascade()). Not only AccessExclusiveLocks: a partition created,
 * attached or detached locks the other tables of its parent's foreign keys (partitionForeignKeyLocks()).
 */
export function schemaLocks(ctx: StatementContext): SchemaLock[] {
  if (!mayTakeSchemaLocks(ctx.kind, ctx.ast)) return [];
  const schema = ctx.schema;
  const locks: SchemaLock[] = [];
  const add = (
    relation: RelationRef,
    by: string,
    because?: string,
    gone?: true,
    mode: LockMode = 'AccessExclusiveLock',
  ): void => {
    const same = locks.findIndex((l) => l.relation.key === relation.key);
    if (same >= 0 && lockStrength(locks[same].mode) >= lockStrength(mode)) return;
    const lock = { relation, mode, by, ...(because ? { because } : {}), ...(gone ? { gone } : {}) };
    if (same >= 0) locks[same] = lock;
    else locks.push(lock);
  };
  if (ctx.kind === 'DropStmt' && ctx.ast.removeType !== 'OBJECT_TABLE') {
    cascadeLocks(ctx, (relation, by, gone) => add(relation, by, undefined, gone));
    return locks;
  }
  const checked = domainCheck(ctx.kind, ctx.ast);
  if (checked) {
    const names = ((ctx.ast.typeName ?? []) as AstNode[]).map((n) => n.String?.sval as string);
    const name = names[names.length - 1];
    const inSchema = names.length > 1 ? names[names.length - 2] : 'public';
    const by = `ALTER DOMAIN ${quoteQualified(...names)} ${checked}`;
    for (const t of schema.tables.values())
      for (const c of t.columns.values())
        if (c.type.name === name && (c.type.schema ?? 'public') === inSchema && c.type.arrayDims === 0) {
          add(tableRefOf(t), by, undefined, undefined, 'ShareLock');
          break;
        }
    return locks;
  }
  if (ctx.kind === 'TruncateStmt') {
    const by = `TRUNCATE ${(ctx.ast.relations ?? []).map((r: AstNode) => relationRef(r.RangeVar, 'table')?.name).join(', ')} CASCADE`;
    for (const t of truncateCascade(schema, ctx.ast)) add(tableRefOf(t), by);
    return locks;
  }
  const defaultPartition = lockedDefaultPartition(ctx);
  if (defaultPartition) add(defaultPartition, describeOperation(ctx.kind, ctx.ast));
  if (ctx.kind === 'CreateStmt') {
    const parent = relationRef(ctx.ast.inhRelations?.[0]?.RangeVar, 'table');
    const partition = relationRef(ctx.ast.relation, 'table');
    const by = `CREATE TABLE ${partition?.name} PARTITION OF ${parent?.name}`;
    if (parent) partitionForeignKeyLocks(schema, parent, partition, false, add, by);
  } else if (ctx.kind === 'DropStmt') {
    const changes = tableChanges(ctx.kind, ctx.ast);
    // What goes: the tables named, and the partitions of those that are partitioned.
    const dropped = new Set(changes.map((c) => c.table.key));
    for (let size = 0; size !== dropped.size; ) {
      size = dropped.size;
      if (![...dropped].some((key) => schema.tables.get(key)?.partitioned)) break;
      for (const t of schema.tables.values()) if (t.partitionOf && dropped.has(t.partitionOf)) dropped.add(t.key);
    }
    const staying = (t: TableInfo | undefined): t is TableInfo => t !== undefined && !dropped.has(t.key);
    for (const change of changes) {
      const table = schema.tables.get(change.table.key);
      if (change.type !== 'drop-table' || !table) continue;
      const by = `DROP TABLE ${change.table.name}`;
      const parent = schema.tables.get(table.partitionOf ?? '');
      if (staying(parent)) {
        add(tableRefOf(parent), by, table.key);
        const otherDefault = defaultPartitionOf(schema, parent.key);
        if (otherDefault && !dropped.has(otherDefault.key)) add(otherDefault, by, table.key);
      } else if (!table.partitionOf) {
        for (const t of referencedTables(schema, table, () => true)) if (staying(t)) add(tableRefOf(t), by, table.key);
      }
      if (!change.cascade) continue;
      // CASCADE drops the foreign keys that reference it, under a lock on their tables.
      for (const t of schema.tables.values())
        if (staying(t) && referencedTables(schema, t, (c) => c.references?.table === table.key).length > 0)
          add(tableRefOf(t), by, table.key);
    }
  } else if (ctx.kind === 'AlterTableStmt') {
    const ref = relationRef(ctx.ast.relation, 'table');
    const table = ref && schema.tables.get(ref.key);
    if (!ref || !table) return locks;
    for (const cmd of alterTableCommands(ctx.ast)) {
      const by = `ALTER TABLE ${ref.name} ${describeCommand(cmd)}`;
      const partition = relationRef(cmd.def?.PartitionCmd?.name, 'table');
      if (cmd.subtype === 'AT_AttachPartition') partitionForeignKeyLocks(schema, ref, partition, false, add, by);
      if (cmd.subtype === 'AT_DetachPartition' || cmd.subtype === 'AT_DetachPartitionFinalize') {
        const how =
          cmd.subtype === 'AT_DetachPartitionFinalize'
            ? ' FINALIZE'
            : cmd.def.PartitionCmd.concurrent
              ? ' CONCURRENTLY'
              : '';
        partitionForeignKeyLocks(
          schema,
          ref,
          partition,
          true,
          add,
          `ALTER TABLE ${ref.name} DETACH PARTITION ${partition?.name ?? ''}${how}`,
        );
      }
      const which =
        cmd.subtype === 'AT_DropConstraint'
          ? (c: ConstraintInfo) => c.name === cmd.name
          : cmd.subtype === 'AT_DropColumn'
            ? (c: ConstraintInfo) => c.columns.includes(cmd.name)
            : undefined;
      if (which) for (const t of referencedTables(schema, table, which)) add(tableRefOf(t), by, table.key);
    }
  }
  return locks;
}

/** True when no transaction carries over from this statement to the next one. */
export function endsTransaction(ctx: StatementContext): boolean {
  const control = ctx.facts.transaction;
  return (
    ctx.endsToolTransaction ||
    control === 'commit' ||
    control === 'rollback' ||
    control === 'prepare' ||
    (control === 'begin' && !ctx.inTransaction) ||
    (control === undefined && !ctx.inTransaction)
  );
}

/** The name of the relation a lock on `ref` lands on, for messages: an index's table, when anything says which. */
export function lockedName(ctx: StatementContext, ref: RelationRef): string {
  if (ref.kind !== 'index' || ctx.schema.indexes.has(ref.key)) return lockedRelationName(ref, ctx.schema);
  const target = ctx.transactionLocks.target(ref);
  return target === ref ? lockedRelationName(ref, ctx.schema) : target.name;
}

const tableOfKey = (key: string): RelationRef => relationRefOfKey(key, 'table', true);

/**
 * The AccessExclusiveLocks the current transaction holds on pre-existing relations (the first statement to take
 * each one). Locks last until the transaction ends; a statement outside any transaction releases its own at once.
 */
export class TransactionLocks implements TransactionLocksView {
  readonly held: TrackedMap<string, HeldLock>;
  private readonly indexTables: TrackedMap<string, RelationRef>;
  /**
   * The locks the statement leaves held, found before the schema took it in: whether it is a no-op (`DROP INDEX
   * IF EXISTS` of an index it drops), and the schemaLocks() known from what it may drop, are decided on the schema
   * before it.
   */
  private readonly pending: TrackedCell<readonly HeldLock[]>;

  constructor(
    state: RuleState,
    /** The indexes the earlier migrations made (a DROP INDEX of one locks its table). */
    private readonly historyIndexes: SchemaModel['indexes'] = new Map(),
  ) {
    this.held = state.map();
    this.indexTables = state.map();
    this.pending = state.cell(NO_LOCKS);
  }

  reset(): void {
    this.held.clear();
  }

  /**
   * Where a lock on `ref` lands: an index's lock lands on its table, when this file or the history says which. The
   * index is the one its name resolves to, as a table's name does (unqualified: `public`'s, or the first on the
   * path a `SET search_path` gave): one of that name in another schema is another index.
   */
  target(ref: RelationRef): RelationRef {
    if (ref.kind !== 'index') return ref;
    const table = this.indexTables.get(ref.key);
    if (table) return table;
    const known = this.historyIndexes.get(ref.key);
    return known ? tableOfKey(known.table) : ref;
  }

  /**
   * Call after the rules looked at the statement and before the schema takes it in (ctx.schema is still before):
   * what it will hold is decided here, on the schema the statement runs against.
   */
  beforeReplay(ctx: StatementContext): void {
    if (ctx.facts.transaction || endsTransaction(ctx) || !mayHold(ctx)) return;
    const locks: HeldLock[] = [];
    const add = (lock: HeldLock): void => {
      if (!locks.some((l) => l.relation.key === lock.relation.key)) locks.push(lock);
    };
    for (const lock of ctx.facts.locks) {
      if (lock.mode !== 'AccessExclusiveLock' || !ctx.isPreExisting(lock.relation)) continue;
      // A dropped table or view is gone: nothing may still use it (drop-table's concern). The locks of a dropped
      // index, trigger, policy or rule land on a table that stays.
      if (ctx.kind === 'DropStmt' && DROPPED_RELATIONS.has(ctx.ast.removeType) && lock.relation.kind !== 'index')
        continue;
      add(heldLock(this.target(lock.relation), ctx.kind, ctx.ast));
    }
    // A table the statement drops is gone: nothing may still use it (as for DROP TABLE, above).
    for (const l of schemaLocks(ctx))
      if (l.mode === 'AccessExclusiveLock' && ctx.isPreExisting(l.relation) && !l.gone)
        add(heldLock(l.relation, ctx.kind, ctx.ast, l.by));
    if (locks.length > 0) this.pending.set(pendingList(ctx.ast, locks));
  }

  /** Call after looking at the statement. True when no transaction carries over to the next statement. */
  after(ctx: StatementContext): boolean {
    for (const created of ctx.facts.createsIndexes ?? []) this.indexTables.set(created.index, created.table);
    const renamed = ctx.facts.renamesIndex;
    const table = renamed && this.indexTables.get(renamed.from);
    if (table) this.indexTables.set((renamed as { to: string }).to, table);
    if (ctx.facts.renamesTable) this.followIndexes(ctx.facts.renamesTable, ctx.ast);
    const pending = mayHold(ctx) ? this.pending.get() : NO_LOCKS;
    if (pending !== NO_LOCKS) this.pending.set(NO_LOCKS);
    if (endsTransaction(ctx)) {
      this.reset();
      return true;
    }
    if (ctx.facts.transaction) return false;
    for (const lock of pending) if (!this.held.has(lock.relation.key)) this.held.set(lock.relation.key, lock);
    // A renamed (or moved) relation keeps its lock under the name later statements use: under the old name it
    // would be named twice, or named after a table that took the old name since.
    const moved = ctx.facts.renamesTable;
    const lock = moved && this.held.get(moved.from);
    if (lock) {
      this.held.delete(moved.from);
      this.held.set(moved.to, renamedLock(lock, renamedRelation(ctx.ast, moved.to), ctx.ast));
    }
    return false;
  }

  /** A renamed (or moved) table's indexes land on it under its new name; SET SCHEMA moves them to its schema. */
  private followIndexes(renamed: { from: string; to: string }, ast: AstNode): void {
    const { from, to } = renamed;
    const schema = to.slice(0, to.indexOf('.'));
    const indexes: string[] = [];
    this.indexTables.forEach((table, index) => {
      if (table.key === from) indexes.push(index);
    });
    for (const [index, info] of this.historyIndexes)
      if (info.table === from && !this.indexTables.has(index)) indexes.push(index);
    const relation = renamedRelation(ast, to);
    for (const index of indexes) this.indexTables.set(`${schema}.${index.slice(index.indexOf('.') + 1)}`, relation);
  }
}
