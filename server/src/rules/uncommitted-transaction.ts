import type { Rule } from './rule';

export const uncommittedTransaction: Rule = {
  meta: {
    id: 'uncommitted-transaction',
    severity: 'error',
    summary: 'A BEGIN that is never committed or rolled back.',
    safeWay: 'End the transaction with COMMIT; before the end of the migration.',
  },
  create: (state) => {
    const openedAt = state.cell<number | undefined>(undefined);
    // Whether it was opened by COMMIT/ROLLBACK AND CHAIN rather than BEGIN (for the message).
    const chained = state.cell(false);
    return {
      unitStart() {
        openedAt.set(undefined);
      },
      statement(ctx) {
        const control = ctx.facts.transaction;
        // Under a tool's transaction a BEGIN is ignored, and after a COMMIT that ended the tool's transaction the
        // tool's own COMMIT at the end closes what it opens: transaction-nesting covers both.
        const { explicit, tool, toolEndedBy } = ctx.transaction;
        if (control === 'begin' && !explicit && !tool && !toolEndedBy) {
          openedAt.set(ctx.index);
          chained.set(false);
        } else if (control === 'commit' || control === 'rollback' || control === 'prepare') {
          // COMMIT AND CHAIN opens the next transaction at once: it has to be committed in its turn.
          const next = Boolean(ctx.facts.chain) && ctx.transaction.explicit;
          openedAt.set(next ? ctx.index : undefined);
          chained.set(next);
        }
      },
      unitEnd(unit) {
        const at = openedAt.get();
        if (at === undefined) return;
        const what = chained.get() ? 'The transaction this AND CHAIN opens' : 'This BEGIN';
        unit.report(at, {
          message: `${what} is never committed: the migration ends with the transaction open, so its changes are rolled back (or locks stay held) when the session ends`,
        });
      },
    };
  },
};
