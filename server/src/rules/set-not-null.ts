import { alterTableCommands, indexKeyBeside, relationRef } from '../facts/statementFacts';
import { provenNotNull } from './notNullProof';
import type { Rule } from './rule';

export const setNotNull: Rule = {
  meta: {
    id: 'set-not-null',
    severity: 'error',
    summary: 'ALTER COLUMN ... SET NOT NULL on an existing table scans every row under an AccessExclusiveLock.',
    safeWay:
      'ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT c; then SET NOT NULL (PostgreSQL 12+ skips the scan); then DROP CONSTRAINT c.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'AlterTableStmt') return;
      const table = relationRef(ctx.ast.relation, 'table');
      if (!table || !ctx.isPreExisting(table)) return;
      const known = ctx.schema.tables.get(table.key);
      const commands = alterTableCommands(ctx.ast);
      const dropped = new Set<string>();
      for (const cmd of commands) if (cmd.subtype === 'AT_DropConstraint' && cmd.name) dropped.add(cmd.name);
      for (const cmd of commands) {
        const constraint = cmd.def?.Constraint;
        let column: string | undefined;
        let what = '';
        if (cmd.subtype === 'AT_SetNotNull') {
          column = cmd.name;
          what = `SET NOT NULL on ${table.name}.${cmd.name}`;
        } else if (
          cmd.subtype === 'AT_AddConstraint' &&
          constraint?.contype === 'CONSTR_NOTNULL' &&
          !constraint.skip_validation
        ) {
          // PostgreSQL 18: ADD CONSTRAINT name NOT NULL col is SET NOT NULL by another name.
          column = constraint.keys?.[0]?.String?.sval;
          what = `ADD CONSTRAINT ... NOT NULL ${column} on ${table.name}`;
        } else if (
          cmd.subtype === 'AT_AddConstraint' &&
          constraint?.contype === 'CONSTR_PRIMARY' &&
          constraint.indexname
        ) {
          // PRIMARY KEY USING INDEX sets its columns NOT NULL: a scan for each that is known to be nullable.
          const index = ctx.schema.indexes.get(indexKeyBeside(table, constraint.indexname));
          for (const key of index?.columns ?? []) {
            if (key === null || !known?.columns.has(key) || provenNotNull(known, key, ctx.pgVersion, dropped)) continue;
            ctx.report({
              message: `ADD PRIMARY KEY USING INDEX ${constraint.indexname} makes ${table.name}.${key} NOT NULL, which scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends`,
              lock: 'AccessExclusiveLock',
            });
          }
        }
        if (!column || provenNotNull(known, column, ctx.pgVersion, dropped)) continue;
        ctx.report({
          message: `${what} scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
