import { transactionReasonAt } from '../migrations/units';
import type { Rule, StatementContext } from './rule';

function toolName(ctx: StatementContext): string {
  const tool = ctx.unit.tool;
  const reason = transactionReasonAt(ctx.unit, ctx.index) ?? '';
  if (/assumeInTransaction/.test(reason)) return 'the migration runner (assumeInTransaction)';
  return tool && tool !== 'plain' ? tool : 'the migration runner';
}

export const transactionNesting: Rule = {
  meta: {
    id: 'transaction-nesting',
    severity: 'error',
    summary:
      'BEGIN inside an open transaction, COMMIT or ROLLBACK with none open, or BEGIN where the tool already opened one.',
    safeWay:
      'Keep exactly one transaction level: drop the inner BEGIN/COMMIT, or tell the tool not to wrap the migration (goose NO TRANSACTION, dbmate transaction:false).',
  },
  create: () => ({
    statement(ctx) {
      const control = ctx.facts.transaction;
      if (control === 'begin') {
        if (ctx.transaction.explicit) {
          ctx.report({
            message:
              'BEGIN inside an open transaction: PostgreSQL only warns and ignores it, so the next COMMIT ends the outer transaction early',
          });
        } else if (ctx.transaction.tool) {
          ctx.report({
            message: `BEGIN where ${toolName(ctx)} already runs the migration in a transaction: it is ignored, and its COMMIT ends that transaction early`,
          });
        }
      } else if ((control === 'commit' || control === 'rollback') && !ctx.transaction.explicit) {
        const word = control.toUpperCase();
        ctx.report({
          message: ctx.transaction.tool
            ? `${word} without a BEGIN ends the transaction ${toolName(ctx)} opened: the rest of the migration is no longer atomic`
            : `${word} with no transaction open: PostgreSQL only warns, and the statements before it were not in a transaction`,
        });
      }
    },
  }),
};
