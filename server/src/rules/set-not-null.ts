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
          if (cmd.subtype === 'AT_AddConstraint' && constraint?.contype === 'CONSTR_CHECK') {
            const column = notNullCheckColumn(constraint.raw_expr);
            // An unnamed check cannot be validated later by name, but proves as much when added valid.
            const name = constraint.conname ?? `(unnamed ${tableChecks.size})`;
            if (column) tableChecks.set(name, { column, validated: !constraint.skip_validation });
          } else if (
            cmd.subtype === 'AT_AddConstraint' &&
            constraint?.contype === 'CONSTR_NOTNULL' &&
            !constraint.skip_validation &&
            ctx.isPreExisting(table)
          ) {
            // PostgreSQL 18: ADD CONSTRAINT name NOT NULL col is SET NOT NULL by another name.
            const column = constraint.keys?.[0]?.String?.sval;
            const proven = [...tableChecks.values()].some((c) => c.validated && c.column === column);
            if (!proven) {
              ctx.report({
                message: `ADD CONSTRAINT ... NOT NULL ${column} on ${table.name} scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends`,
                lock: 'AccessExclusiveLock',
              });
            }
          } else if (cmd.subtype === 'AT_ValidateConstraint') {
            const check = tableChecks.get(cmd.name);
            if (check) check.validated = true;
          } else if (cmd.subtype === 'AT_DropConstraint') {
            tableChecks.delete(cmd.name);
          } else if (cmd.subtype === 'AT_SetNotNull' && ctx.isPreExisting(table)) {
            const proven =
              ctx.pgVersion >= 12 && [...tableChecks.values()].some((c) => c.validated && c.column === cmd.name);
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
