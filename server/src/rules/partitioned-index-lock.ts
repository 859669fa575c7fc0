import { relationRef } from '../facts/statementFacts';
import type { Rule } from './rule';
import { tableRefOf } from './tableChanges';

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
      if (!table || !ctx.schema.tables.get(table.key)?.partitioned) return;
      const known = [...ctx.schema.tables.values()].filter((t) => t.partitionOf === table.key);
      const partitions = known.length;
      // A parent this migration made may have adopted partitions in use (ATTACH PARTITION of an existing table).
      const busy = known.map(tableRefOf).filter((p) => ctx.isPreExisting(p));
      if (!ctx.isPreExisting(table) && busy.length === 0) return;
      if (!ctx.isPreExisting(table)) {
        if (ctx.ast.concurrent) return; // concurrently-in-transaction or PostgreSQL's own error says it
        const names = busy.map((p) => p.name).join(', ');
        ctx.report({
          message: `CREATE INDEX on partitioned table ${table.name}, new in this migration, builds the index on each of its partitions at once, among them ${names}, which existed before it, each under a ShareLock: writes to ${busy.length === 1 ? 'it' : 'them'} wait until all builds end`,
          lock: 'ShareLock',
        });
        return;
      }
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
