// The AccessExclusiveLocks an open transaction holds, statement by statement. The engine keeps one for the walk
// and shows it to rules as `ctx.transactionLocks`, so the rules that care (lock-held-during-slow-operation,
// validate-in-same-transaction) share one record of it instead of each keeping its own.
import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { RelationRef } from '../facts/statementFacts';
import type { SchemaModel } from '../schema/model';
import type { AstNode } from '../syntax/parse';
import type { TrackedMap } from '../walk/tracked';
import { describeOperation } from './describe';
import type { HeldLock, RuleState, StatementContext, TransactionLocksView } from './rule';

/**
 * The same held lock object for the same relation (by key: some refs are built per call) and statement in every
 * analysis: rules that read the held locks then read the same values as last time, and are not looked at again
 * (see walk/tracked.ts).
 */
const heldLocks = new WeakMap<AstNode, Map<string, HeldLock>>();

function heldLock(relation: RelationRef, kind: string, ast: AstNode): HeldLock {
  let byRelation = heldLocks.get(ast);
  if (!byRelation) heldLocks.set(ast, (byRelation = new Map()));
  let lock = byRelation.get(relation.key);
  if (!lock) byRelation.set(relation.key, (lock = { relation, by: describeOperation(kind, ast) }));
  return lock;
}

const DROPPED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

/**
 * The table `key` is a partition of, when the schema so far says so: dropping a partition also takes an
 * AccessExclusiveLock on its parent (verified on PostgreSQL 15).
 */
export function partitionParent(schema: SchemaModel, key: string): RelationRef | undefined {
  const parent = schema.tables.get(schema.tables.get(key)?.partitionOf ?? '');
  return parent && { name: parent.name, key: parent.key, kind: 'table' };
}

/** The DEFAULT partition of the partitioned table `parentKey`, when the schema so far says which it is. */
export function defaultPartitionOf(schema: SchemaModel, parentKey: string): RelationRef | undefined {
  for (const t of schema.tables.values())
    if (t.defaultPartition && t.partitionOf === parentKey) return { name: t.name, key: t.key, kind: 'table' };
  return undefined;
}

/**
 * The DEFAULT partition a statement also takes an AccessExclusiveLock on (verified on PostgreSQL 15): a partition
 * created in (CREATE TABLE ... PARTITION OF), attached to or detached from its partitioned table. A new partition's
 * rows are looked for in it.
 */
export function lockedDefaultPartition(ctx: StatementContext): RelationRef | undefined {
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

/**
 * The AccessExclusiveLocks the current transaction holds on pre-existing relations (the first statement to take
 * each one). Locks last until the transaction ends; a statement outside any transaction releases its own at once.
 */
export class TransactionLocks implements TransactionLocksView {
  readonly held: TrackedMap<string, HeldLock>;
  private readonly indexTables: TrackedMap<string, RelationRef>;

  constructor(
    state: RuleState,
    /** The indexes the earlier migrations made (a DROP INDEX of one locks its table). */
    private readonly historyIndexes: SchemaModel['indexes'] = new Map(),
  ) {
    this.held = state.map();
    this.indexTables = state.map();
  }

  reset(): void {
    this.held.clear();
  }

  /** Where a lock on `ref` lands: an index's lock lands on its table, when this file or the history says which. */
  target(ref: RelationRef): RelationRef {
    if (ref.kind !== 'index') return ref;
    const table = this.indexTables.get(ref.key);
    if (table) return table;
    const known = this.historyIndexes.get(ref.key)?.table;
    return known ? { name: known.startsWith('public.') ? known.slice(7) : known, key: known, kind: 'table' } : ref;
  }

  /** Call after looking at the statement. True when no transaction carries over to the next statement. */
  after(ctx: StatementContext): boolean {
    for (const created of ctx.facts.createsIndexes ?? []) this.indexTables.set(created.index, created.table);
    const renamed = ctx.facts.renamesIndex;
    const table = renamed && this.indexTables.get(renamed.from);
    if (table) this.indexTables.set((renamed as { to: string }).to, table);
    if (endsTransaction(ctx)) {
      this.reset();
      return true;
    }
    if (ctx.facts.transaction) return false;
    for (const lock of ctx.facts.locks) {
      if (lock.mode !== 'AccessExclusiveLock' || !ctx.isPreExisting(lock.relation)) continue;
      // A dropped table or view is gone: nothing may still use it (drop-table's concern). The locks of a dropped
      // index, trigger, policy or rule land on a table that stays. (A dropped partition's parent is locked too, but
      // by now the schema no longer says whose partition it was.)
      if (ctx.kind === 'DropStmt' && DROPPED_RELATIONS.has(ctx.ast.removeType) && lock.relation.kind !== 'index')
        continue;
      const relation = this.target(lock.relation);
      if (!this.held.has(relation.key)) this.held.set(relation.key, heldLock(relation, ctx.kind, ctx.ast));
    }
    const defaultPartition = lockedDefaultPartition(ctx);
    if (defaultPartition && ctx.isPreExisting(defaultPartition) && !this.held.has(defaultPartition.key))
      this.held.set(defaultPartition.key, heldLock(defaultPartition, ctx.kind, ctx.ast));
    return false;
  }
}
