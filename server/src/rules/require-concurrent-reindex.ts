import { relationRef } from '../facts/statementFacts';
import { onPartitionedTable } from './concurrently-in-transaction';
import type { Rule } from './rule';
import { quoteIdent } from '../syntax/quoteIdent';
import { optionEnabled } from './table-rewrite-maintenance';

const WHOLE =
  'reads and writes wait until the rebuild ends (the planner locks every index of a table, so even reads that do not use the index wait)';

export const requireConcurrentReindex: Rule = {
  meta: {
    id: 'require-concurrent-reindex',
    severity: 'warning',
    summary:
      "REINDEX without CONCURRENTLY blocks writes to the table and, through the index's AccessExclusiveLock, its reads.",
    safeWay: 'Use REINDEX ... CONCURRENTLY (PostgreSQL 12+), in a migration that does not run inside a transaction.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'ReindexStmt' || ctx.pgVersion < 12) return;
      if (optionEnabled(ctx.ast.params, 'concurrently')) return;
      // Before 14 a partitioned table's REINDEX TABLE warns and skips it, and REINDEX INDEX of its index fails.
      if (ctx.pgVersion < 14 && onPartitionedTable(ctx)) return;
      switch (ctx.ast.kind) {
        case 'REINDEX_OBJECT_INDEX': {
          const index = relationRef(ctx.ast.relation, 'index');
          if (!index || !ctx.isPreExisting(index)) return;
          ctx.report({
            message: `REINDEX INDEX ${index.name} without CONCURRENTLY takes a ShareLock on its table and an AccessExclusiveLock on the index: ${WHOLE}`,
            lock: 'AccessExclusiveLock',
          });
          return;
        }
        case 'REINDEX_OBJECT_TABLE': {
          const table = relationRef(ctx.ast.relation, 'table');
          if (!table || !ctx.isPreExisting(table)) return;
          ctx.report({
            message: `REINDEX TABLE ${table.name} without CONCURRENTLY takes a ShareLock on ${table.name} and an AccessExclusiveLock on each of its indexes: ${WHOLE}`,
            lock: 'AccessExclusiveLock',
          });
          return;
        }
        case 'REINDEX_OBJECT_SCHEMA':
        case 'REINDEX_OBJECT_DATABASE': {
          const what = ctx.ast.kind === 'REINDEX_OBJECT_SCHEMA' ? 'SCHEMA' : 'DATABASE';
          ctx.report({
            message:
              `REINDEX ${what} ${ctx.ast.name ? quoteIdent(ctx.ast.name) : ''} without CONCURRENTLY rebuilds every index of every table in it, each table under a ShareLock and its indexes under an AccessExclusiveLock: on each table ${WHOLE}`.replace(
                '  ',
                ' ',
              ),
            lock: 'AccessExclusiveLock',
          });
          return;
        }
        // REINDEX SYSTEM: PostgreSQL cannot rebuild system catalogs concurrently, so there is nothing safer to offer.
      }
    },
  }),
};
