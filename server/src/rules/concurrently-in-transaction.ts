import type { Rule, StatementContext } from './rule';

function why(ctx: StatementContext): string {
  if (ctx.transaction.explicit) return 'it follows a BEGIN';
  const tool = ctx.unit.tool;
  if (tool === 'goose') return 'goose runs this migration in a transaction (no `-- +goose NO TRANSACTION`)';
  if (tool === 'dbmate') return 'dbmate runs this migration in a transaction (no `transaction:false`)';
  return 'the configuration says migrations run in a transaction (assumeInTransaction)';
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
      const operation = ctx.facts.nonTransactional;
      if (!operation || !ctx.inTransaction) return;
      ctx.report({
        message: `${operation} cannot run inside a transaction block, and ${why(ctx)}: the migration fails at this statement`,
      });
    },
  }),
};
