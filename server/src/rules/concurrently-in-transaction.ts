import { relationRef } from '../facts/statementFacts';
import {
  GOOSE_BLOCK,
  GOOSE_LINE,
  segmentAt,
  SQL_MIGRATE_BLOCK,
  SQL_MIGRATE_LINE,
  toolTransactionAt,
  transactionReasonAt,
} from '../migrations/units';
import type { Rule, StatementContext } from './rule';

/** Why the statement is inside a transaction: an explicit BEGIN, the tool's own, or one multi-statement query. */
function why(ctx: StatementContext): string {
  if (ctx.transaction.explicit) return 'it follows a BEGIN';
  if (toolTransactionAt(ctx.unit, ctx.index) === 'implicit') {
    const tool = ctx.unit.tool ?? 'the tool';
    const changeset = segmentAt(ctx.unit, ctx.index)?.changeset;
    if (segmentAt(ctx.unit, ctx.index)?.reason === GOOSE_BLOCK)
      return 'goose sends this `-- +goose StatementBegin` ... `StatementEnd` block as one multi-statement query, which PostgreSQL runs as a single implicit transaction (take this statement out of the block)';
    if (segmentAt(ctx.unit, ctx.index)?.reason === GOOSE_LINE)
      return 'goose sends it in one multi-statement query with the statements beside it, as no line between them ends with `;` (goose ends a query only there), and PostgreSQL runs that query as a single implicit transaction (put this statement on lines of its own, the previous line ending with `;`)';
    if (segmentAt(ctx.unit, ctx.index)?.reason === SQL_MIGRATE_BLOCK)
      return 'sql-migrate sends this `-- +migrate StatementBegin` ... `StatementEnd` block as one multi-statement query, which PostgreSQL runs as a single implicit transaction (take this statement out of the block)';
    if (segmentAt(ctx.unit, ctx.index)?.reason === SQL_MIGRATE_LINE)
      return 'sql-migrate sends it in one multi-statement query with the statements beside it, as no line between them ends with `;` (sql-migrate ends a query only there), and PostgreSQL runs that query as a single implicit transaction (put this statement on lines of its own, the previous line ending with `;`)';
    // dbmate sends each up or down section on its own.
    const what = changeset
      ? `changeset ${changeset}`
      : ctx.unit.tool === 'dbmate'
        ? `the whole ${ctx.unit.direction} section`
        : 'the whole file';
    return `${tool} sends ${what} as one multi-statement query, which PostgreSQL runs as a single implicit transaction (put this statement alone in its own ${changeset ? 'changeset' : 'migration'})`;
  }
  return transactionReasonAt(ctx.unit, ctx.index) ?? 'the migration runs in a transaction';
}

/**
 * Whether a REINDEX TABLE/INDEX or a CLUSTER works on a partitioned table (REINDEX INDEX: an index of one), as the
 * schema shows it.
 */
export function onPartitionedTable(ctx: StatementContext): boolean {
  let table: string | undefined;
  if (ctx.kind === 'ClusterStmt' || (ctx.kind === 'ReindexStmt' && ctx.ast.kind === 'REINDEX_OBJECT_TABLE')) {
    table = relationRef(ctx.ast.relation, 'table')?.key;
  } else if (ctx.kind === 'ReindexStmt' && ctx.ast.kind === 'REINDEX_OBJECT_INDEX') {
    const index = relationRef(ctx.ast.relation, 'index');
    table = index && ctx.schema.indexes.get(index.key)?.table;
  }
  return table !== undefined && ctx.schema.tables.get(table)?.partitioned === true;
}

/**
 * PostgreSQL 14+ reindexes a partitioned table (or index) partition by partition, and 15+ clusters one, committing
 * after each: both refuse to do so inside a transaction block (verified on 15). Before, neither runs on one at all
 * (REINDEX TABLE warns and skips it, REINDEX INDEX and CLUSTER fail anywhere). CLUSTER without USING fails on a
 * partitioned table anyway: it cannot be marked clustered.
 */
function partitionedMultiTransaction(ctx: StatementContext): string | undefined {
  if (!onPartitionedTable(ctx)) return undefined;
  if (ctx.kind === 'ClusterStmt')
    return ctx.pgVersion >= 15 && ctx.ast.indexname ? 'CLUSTER of a partitioned table' : undefined;
  if (ctx.pgVersion < 14) return undefined;
  const onIndex = ctx.ast.kind === 'REINDEX_OBJECT_INDEX';
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
      const operation = ctx.facts.nonTransactional ?? partitionedMultiTransaction(ctx);
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
