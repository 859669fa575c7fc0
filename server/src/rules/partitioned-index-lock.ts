import { relationRef } from '../facts/statementFacts';
import type { Rule } from './rule';

export const partitionedIndexLock: Rule = {
  meta: {
    id: 'partitioned-index-lock',
    severity: 'warning',
    summary:
      'CREATE INDEX on a partitioned table builds it on every partition in one statement, holding a ShareLock on each (CONCURRENTLY is not possible there).',
    safeWay:
      'CREATE INDEX ... ON ONLY parent (instant, invalid); CREATE INDEX CONCURRENTLY on each partition; ALTER INDEX parent_idx ATTACH PARTITION partition_idx for each — the parent index becomes valid when all are attached.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'IndexStmt' || ctx.ast.relation?.inh !== true) return;
      const table = relationRef(ctx.ast.relation, 'table');
      if (!table || !ctx.isPreExisting(table) || !ctx.schema.tables.get(table.key)?.partitioned) return;
      const partitions = [...ctx.schema.tables.values()].filter((t) => t.partitionOf === table.key).length;
      if (ctx.ast.concurrent) {
        ctx.report({
          message: `CREATE INDEX CONCURRENTLY on partitioned table ${table.name} fails: PostgreSQL cannot build an index on a partitioned table concurrently. Create it ON ONLY ${table.name}, build each partition's index concurrently, then attach each`,
        });
        return;
      }
      ctx.report({
        message: `CREATE INDEX on partitioned table ${table.name} builds the index on every partition${partitions ? ` (${partitions} known)` : ''} at once, each under a ShareLock: writes wait until all builds end`,
        lock: 'ShareLock',
      });
    },
  }),
};
