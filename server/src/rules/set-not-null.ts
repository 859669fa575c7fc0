import { alterTableCommands, indexKeyBeside, relationRef } from '../facts/statementFacts';
import { provenNotNull } from './notNullProof';
import type { Rule } from './rule';
import { quoteIdent } from '../syntax/quoteIdent';

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
      // PostgreSQL checks every column this ALTER makes NOT NULL in one scan: one report per column, and SET NOT NULL's
      // message wins over the primary key's (which is kept to say the key needs it too).
      const scans = new Map<string, { what: string; pk?: string }>();
      for (const cmd of commands) {
        const constraint = cmd.def?.Constraint;
        if (cmd.subtype === 'AT_SetNotNull' && cmd.name) {
          note(scans, cmd.name, { what: `SET NOT NULL on ${table.name}.${quoteIdent(cmd.name)}` });
        } else if (
          cmd.subtype === 'AT_AddConstraint' &&
          constraint?.contype === 'CONSTR_NOTNULL' &&
          !constraint.skip_validation
        ) {
          // PostgreSQL 18: ADD CONSTRAINT name NOT NULL col is SET NOT NULL by another name.
          const column = constraint.keys?.[0]?.String?.sval;
          if (column)
            note(scans, column, { what: `ADD CONSTRAINT ... NOT NULL ${quoteIdent(column)} on ${table.name}` });
        } else if (
          cmd.subtype === 'AT_AddConstraint' &&
          constraint?.contype === 'CONSTR_PRIMARY' &&
          constraint.indexname
        ) {
          // PRIMARY KEY USING INDEX sets its columns NOT NULL: a scan for each that is known to be nullable.
          const index = ctx.schema.indexes.get(indexKeyBeside(table, constraint.indexname));
          for (const key of index?.columns ?? []) {
            if (key === null || !known?.columns.has(key)) continue;
            note(scans, key, { what: '', pk: quoteIdent(constraint.indexname) });
          }
        }
      }
      for (const [column, { what, pk }] of scans) {
        if (provenNotNull(known, column, ctx.pgVersion, dropped)) continue;
        const scan = 'scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends';
        ctx.report({
          message: !what
            ? `ADD PRIMARY KEY USING INDEX ${pk} makes ${table.name}.${quoteIdent(column)} NOT NULL, which ${scan}`
            : pk
              ? `${what} ${scan} (ADD PRIMARY KEY USING INDEX ${pk} in the same statement needs it too)`
              : `${what} ${scan}`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};

/** Records that the statement makes `column` NOT NULL: the first explicit NOT NULL names it, a primary key adds to it. */
function note(scans: Map<string, { what: string; pk?: string }>, column: string, by: { what: string; pk?: string }) {
  const seen = scans.get(column);
  if (!seen) scans.set(column, by);
  else scans.set(column, { what: seen.what || by.what, pk: seen.pk ?? by.pk });
}
