import { blockedWork, blocksReadsOrWrites } from '../facts/locks';
import { relationRef } from '../facts/statementFacts';
import type { LockFact } from '../facts/statementFacts';
import { lockedRelationName } from './describe';
import type { SchemaModel } from '../schema/model';
import type { Rule, StatementContext } from './rule';
import { lockedDefaultPartition, partitionParent } from './transactionLocks';

/**
 * Applications only read materialized views: there only a lock that blocks reads matters. (CREATE INDEX names a
 * materialized view as it names a table: the schema says which it is.)
 */
function blocks(l: LockFact, schema: SchemaModel): boolean {
  const view = l.relation.kind === 'view' || schema.views.get(l.relation.key)?.materialized === true;
  return view ? l.mode === 'AccessExclusiveLock' : blocksReadsOrWrites(l.mode);
}

/**
 * DROP TABLE of a partition also takes an AccessExclusiveLock on its parent (verified on PostgreSQL 15): the
 * parent's, when the schema so far shows the dropped table attached to a pre-existing one.
 */
function parentOfDroppedPartition(ctx: StatementContext): LockFact | undefined {
  if (ctx.kind !== 'DropStmt' || ctx.ast.removeType !== 'OBJECT_TABLE') return undefined;
  for (const lock of ctx.facts.locks) {
    const relation = partitionParent(ctx.schema, lock.relation.key);
    if (relation && ctx.isPreExisting(relation)) return { relation, mode: 'AccessExclusiveLock' };
  }
  return undefined;
}

/**
 * CREATE OR REPLACE VIEW of a view the schema so far has takes an AccessExclusiveLock on it (verified on
 * PostgreSQL 15): its readers wait, and queue behind it while it waits. (One the history does not show may be new.)
 */
function replacedView(ctx: StatementContext): LockFact | undefined {
  if (ctx.kind !== 'ViewStmt' || !ctx.ast.replace) return undefined;
  const view = relationRef(ctx.ast.view, 'view');
  if (!view || !ctx.schema.views.has(view.key) || !ctx.isPreExisting(view)) return undefined;
  return { relation: view, mode: 'AccessExclusiveLock' };
}

/** ATTACH PARTITION (or CREATE TABLE ... PARTITION OF) also locks the partitioned table's DEFAULT partition. */
function defaultPartitionLock(ctx: StatementContext): LockFact | undefined {
  const relation = lockedDefaultPartition(ctx);
  return relation && ctx.isPreExisting(relation) ? { relation, mode: 'AccessExclusiveLock' } : undefined;
}

/** What the locked relation is, for the message: ALTER TYPE ... ADD ATTRIBUTE locks a composite type, and so on. */
function relationWord(ctx: StatementContext, lock: LockFact): string {
  if (lock.relation.kind === 'view') return 'view';
  if (ctx.kind === 'AlterSeqStmt' && lock.relation.kind === 'relation') return 'sequence';
  const object = ctx.kind === 'AlterTableStmt' ? ctx.ast.objtype : ctx.kind === 'RenameStmt' ? ctx.ast.renameType : '';
  return OBJECT_WORDS[object] ?? 'table';
}

const OBJECT_WORDS: Record<string, string> = {
  OBJECT_TYPE: 'type',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'view',
  OBJECT_SEQUENCE: 'sequence',
};

export const requireLockTimeout: Rule = {
  meta: {
    id: 'require-lock-timeout',
    severity: 'warning',
    summary:
      'The first statement that takes a lock blocking reads or writes on an existing table runs with no lock_timeout.',
    safeWay:
      "Start the migration with SET lock_timeout = '2s'; (SET LOCAL inside a transaction): a lock that cannot be had quickly fails the migration instead of queueing every query behind it. Retry later.",
  },
  create: (state) => {
    const reported = state.cell(false);
    return {
      unitStart() {
        reported.set(false);
      },
      statement(ctx) {
        if (ctx.lockTimeoutSet || reported.get()) return;
        let lock: LockFact | undefined;
        for (const l of ctx.facts.locks) {
          // A materialized view still WITH NO DATA cannot be read: nobody waits for it.
          const unreadable = l.relation.kind === 'view' && ctx.schema.views.get(l.relation.key)?.unpopulated;
          if (blocks(l, ctx.schema) && !unreadable && ctx.isPreExisting(l.relation)) {
            lock = l;
            break;
          }
        }
        lock ??= parentOfDroppedPartition(ctx) ?? replacedView(ctx) ?? defaultPartitionLock(ctx);
        if (!lock) return;
        reported.set(true);
        ctx.report({
          message: `${lock.mode} on ${lockedRelationName(lock.relation, ctx.schema)} with no lock_timeout set: if another session holds a conflicting lock, this statement waits, and all ${blockedWork(lock.mode)} on that ${relationWord(ctx, lock)} queue behind it`,
          lock: lock.mode,
        });
      },
    };
  },
};
