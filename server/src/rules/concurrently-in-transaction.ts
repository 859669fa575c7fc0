import { relationRef } from '../facts/statementFacts';
import { GOOSE_BLOCK, segmentAt, toolTransactionAt, transactionReasonAt } from '../migrations/units';
import type { Rule, StatementContext } from './rule';

/** Why the statement is inside a transaction: an explicit BEGIN, the tool's own, or one multi-statement query. */
function why(ctx: StatementContext): string {
  if (ctx.transaction.explicit) return 'it follows a BEGIN';
  if (toolTransactionAt(ctx.unit, ctx.index) === 'implicit') {
    const tool = ctx.unit.tool ?? 'the tool';
    const changeset = segmentAt(ctx.unit, ctx.index)?.changeset;
    if (segmentAt(ctx.unit, ctx.index)?.reason === GOOSE_BLOCK)
      return 'goose sends this `-- +goose StatementBegin` ... `StatementEnd` block as one multi-statement query, which PostgreSQL runs as a single implicit transaction (take this statement out of the block)';
    const what = changeset ? `changeset ${changeset}` : 'the whole file';
    return `${tool} sends ${what} as one multi-statement query, which PostgreSQL runs as a single implicit transaction (put this statement alone in its own ${changeset ? 'changeset' : 'migration'})`;
  }
  return transactionReasonAt(ctx.unit, ctx.index) ?? 'the migration runs in a transaction';
}

/**
 * PostgreSQL 14+ reindexes a partitioned table (or index) partition by partition, committing after each: it refuses
 * to do so inside a transaction block (verified on 15). The schema says which tables are partitioned.
 */
function partitionedReindex(ctx: StatementContext): string | undefined {
  if (ctx.kind !== 'ReindexStmt' || ctx.pgVersion < 14) return undefined;
  const onIndex = ctx.ast.kind === 'REINDEX_OBJECT_INDEX';
  if (!onIndex && ctx.ast.kind !== 'REINDEX_OBJECT_TABLE') return undefined;
  const ref = relationRef(ctx.ast.relation, onIndex ? 'index' : 'table');
  const table = ref && (onIndex ? ctx.schema.indexes.get(ref.key)?.table : ref.key);
  if (!table || ctx.schema.tables.get(table)?.partitioned !== true) return undefined;
  return `REINDEX ${onIndex ? 'INDEX' : 'TABLE'} of a partitioned ${onIndex ? 'index' : 'table'}`;
}

export const concurrentlyInTransaction: Rule = {
  meta: {
    id: 'concurrently-in-transaction',
    severity: 'error',
    summary: 'An operation PostgreSQL refuses inside a transaction block (CONCURRENTLY, VACUUM) runs inside one.',
    safeWay:
      'Move it to its own migration that runs outside a transaction: goose `-- +goose NO TRANSACTION`, dbmate `-- migrate:up transaction:false`, or no BEGIN/COMMIT around it.',
  },
  create: () => ({
    statement(ctx) {
      const operation = ctx.facts.nonTransactional ?? partitionedReindex(ctx);
      if (!operation) return;
      if (ctx.statement.block !== undefined) {
        ctx.report({
          message: `${operation} cannot be executed from a function, and this DO block runs it as one: the migration fails at this statement (run it as a statement of its own)`,
        });
        return;
      }
      if (!ctx.inTransaction) return;
      ctx.report({
        message: `${operation} cannot run inside a transaction block, and ${why(ctx)}: the migration fails at this statement`,
      });
    },
  }),
};
