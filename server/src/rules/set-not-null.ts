import { notNullCheckColumn } from '../facts/expressions';
import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { Rule } from './rule';

interface NotNullCheck {
  column: string;
  validated: boolean;
}

export const setNotNull: Rule = {
  meta: {
    id: 'set-not-null',
    severity: 'error',
    summary: 'ALTER COLUMN ... SET NOT NULL on an existing table scans every row under an AccessExclusiveLock.',
    safeWay:
      'ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT c; then SET NOT NULL (PostgreSQL 12+ skips the scan); then DROP CONSTRAINT c.',
  },
  create: () => {
    // table key → constraint name → the column it proves not null
    let checks = new Map<string, Map<string, NotNullCheck>>();
    return {
      unitStart() {
        checks = new Map();
      },
      statement(ctx) {
        if (ctx.kind !== 'AlterTableStmt') return;
        const table = relationRef(ctx.ast.relation, 'table');
        if (!table) return;
        const tableChecks = checks.get(table.key) ?? new Map<string, NotNullCheck>();
        checks.set(table.key, tableChecks);
        for (const cmd of alterTableCommands(ctx.ast)) {
          const constraint = cmd.def?.Constraint;
          if (cmd.subtype === 'AT_AddConstraint' && constraint?.contype === 'CONSTR_CHECK' && constraint.conname) {
            const column = notNullCheckColumn(constraint.raw_expr);
            if (column) tableChecks.set(constraint.conname, { column, validated: !constraint.skip_validation });
          } else if (cmd.subtype === 'AT_ValidateConstraint') {
            const check = tableChecks.get(cmd.name);
            if (check) check.validated = true;
          } else if (cmd.subtype === 'AT_DropConstraint') {
            tableChecks.delete(cmd.name);
          } else if (cmd.subtype === 'AT_SetNotNull' && ctx.isPreExisting(table)) {
            const proven = ctx.pgVersion >= 12 && [...tableChecks.values()].some((c) => c.validated && c.column === cmd.name);
            if (proven) continue;
            ctx.report({
              message: `SET NOT NULL on ${table.name}.${cmd.name} scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends`,
              lock: 'AccessExclusiveLock',
            });
          }
        }
      },
    };
  },
};
