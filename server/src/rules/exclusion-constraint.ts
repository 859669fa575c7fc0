import { alterOfExistingTable } from './existingTableAlter';
import type { Rule } from './rule';
import { quoteIdent } from '../syntax/quoteIdent';

export const exclusionConstraint: Rule = {
  meta: {
    id: 'exclusion-constraint',
    severity: 'warning',
    summary:
      'An EXCLUDE constraint added to an existing table builds its index and checks every row under an AccessExclusiveLock; it cannot be NOT VALID.',
    safeWay:
      'Build a new table with the constraint, copy the rows over and swap the tables, or accept the lock in an announced maintenance window.',
  },
  create: () => ({
    statement(ctx) {
      const alter = alterOfExistingTable(ctx);
      if (!alter) return;
      const { table } = alter;
      for (const cmd of alter.commands) {
        const constraint = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
        if (constraint?.contype !== 'CONSTR_EXCLUSION') continue;
        const name = constraint.conname ? ` ${quoteIdent(constraint.conname)}` : '';
        const method = constraint.access_method ? ` USING ${quoteIdent(constraint.access_method)}` : '';
        ctx.report({
          message: `ADD CONSTRAINT${name} EXCLUDE${method} builds its index and checks every row of ${table.name} under an AccessExclusiveLock (an exclusion constraint cannot be added NOT VALID): reads and writes wait until it ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
