import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { Rule } from './rule';
import { defaultPartitionOf } from './transactionLocks';

export const requireConcurrentDetach: Rule = {
  meta: {
    id: 'require-concurrent-detach',
    severity: 'warning',
    summary:
      'DETACH PARTITION without CONCURRENTLY takes an AccessExclusiveLock on the partitioned table (PostgreSQL 14+).',
    safeWay:
      'Use ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+; not inside a transaction, not while the table has a default partition).',
  },
  create: (state) => {
    // Partitioned table key → its default partition, when this unit created or attached one: PostgreSQL then
    // refuses DETACH ... CONCURRENTLY, so there is no safer way to offer.
    const defaults = state.map<string, string>();
    return {
      unitStart() {
        defaults.clear();
      },
      statement(ctx) {
        if (ctx.kind === 'CreateStmt' && ctx.ast.partbound?.is_default) {
          const parent = relationRef(ctx.ast.inhRelations?.[0]?.RangeVar, 'table');
          const partition = relationRef(ctx.ast.relation, 'table');
          if (parent && partition) defaults.set(parent.key, partition.key);
          return;
        }
        if (ctx.kind !== 'AlterTableStmt') return;
        const parent = relationRef(ctx.ast.relation, 'table');
        if (!parent) return;
        for (const cmd of alterTableCommands(ctx.ast)) {
          const partitionCmd = cmd.def?.PartitionCmd;
          const partition = relationRef(partitionCmd?.name, 'table');
          if (!partition) continue;
          if (cmd.subtype === 'AT_AttachPartition' && partitionCmd.bound?.is_default) {
            defaults.set(parent.key, partition.key);
            continue;
          }
          if (cmd.subtype !== 'AT_DetachPartition' || partitionCmd.concurrent) continue;
          // The history's DEFAULT partition too (the schema shows it).
          const hasDefault = defaults.has(parent.key) || defaultPartitionOf(ctx.schema, parent.key) !== undefined;
          if (defaults.get(parent.key) === partition.key) defaults.delete(parent.key);
          if (ctx.pgVersion < 14 || hasDefault || !ctx.isPreExisting(parent)) continue;
          ctx.report({
            message: `DETACH PARTITION ${partition.name} without CONCURRENTLY takes an AccessExclusiveLock on ${parent.name} and on ${partition.name}: reads and writes of the whole partitioned table wait while it waits for running queries, and until its transaction ends`,
            lock: 'AccessExclusiveLock',
          });
        }
      },
    };
  },
};
