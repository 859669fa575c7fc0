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
    return {
      unitStart() {
        openedAt.set(undefined);
      },
      statement(ctx) {
        const control = ctx.facts.transaction;
        // Under a tool's transaction a BEGIN is ignored and the tool commits: transaction-nesting covers that.
        if (control === 'begin' && !ctx.transaction.explicit && !ctx.transaction.tool) openedAt.set(ctx.index);
        else if (control === 'commit' || control === 'rollback' || control === 'prepare') openedAt.set(undefined);
      },
      unitEnd(unit) {
        const at = openedAt.get();
        if (at === undefined) return;
        unit.report(at, {
          message:
            'This BEGIN is never committed: the migration ends with the transaction open, so its changes are rolled back (or locks stay held) when the session ends',
        });
      },
    };
  },
};
