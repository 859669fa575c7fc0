import { relationRef } from '../facts/statementFacts';
import { skipsExistingIndex } from './ifNotExists';
import type { Rule } from './rule';

export const requireConcurrentIndex: Rule = {
  meta: {
    id: 'require-concurrent-index',
    severity: 'error',
    summary: 'CREATE INDEX without CONCURRENTLY on a table that already exists blocks writes for the whole build.',
    safeWay: 'Use CREATE INDEX CONCURRENTLY, in a migration that does not run inside a transaction.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'IndexStmt' || ctx.ast.concurrent) return;
      const table = relationRef(ctx.ast.relation, 'table');
      if (!table || !ctx.isPreExisting(table)) return;
      // PostgreSQL refuses CONCURRENTLY on a partitioned table: partitioned-index-lock gives the recipe there.
      const known = ctx.schema.tables.get(table.key);
      if (known?.partitioned) return;
      // `ON ONLY parent` builds nothing on the partitions: it is the first step of the safe partitioned recipe. On a
      // table the history shows is not partitioned, ONLY changes nothing: the index is built under the ShareLock.
      if (ctx.ast.relation?.inh !== true && !known) return;
      if (skipsExistingIndex(ctx.ast, ctx.schema, table)) return;
      const what = ctx.ast.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
      // Nothing writes a materialized view but its refresh.
      const waits = ctx.schema.views.get(table.key)?.materialized ? 'its REFRESH waits' : 'writes wait';
      ctx.report({
        message: `${what} without CONCURRENTLY takes a ShareLock on ${table.name}: ${waits} until the build ends`,
        lock: 'ShareLock',
      });
    },
  }),
};
