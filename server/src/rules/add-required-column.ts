import { isNullConstant, typeNameOf } from '../facts/expressions';
import { alterOfExistingTable } from './existingTableAlter';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { SchemaModel } from '../schema/model';
import type { Rule } from './rule';
import { skipsExistingColumn } from './ifNotExists';

/** serial types carry an implicit DEFAULT nextval(...): they fill existing and new rows themselves. */
const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

function constraintsOf(column: AstNode): AstNode[] {
  return (column.constraints ?? []).map((c: AstNode) => c.Constraint).filter(Boolean);
}

/** Why the new column is required with nothing to fill it, or undefined when it is not. */
function requiredWithoutValue(column: AstNode, schema: SchemaModel): string | undefined {
  const type = typeNameOf(column.typeName);
  if (SERIAL_TYPES.has(type)) return undefined;
  const constraints = constraintsOf(column);
  // Identity and generated columns compute their own value for every row.
  if (constraints.some((c) => c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED')) return undefined;
  const defaultExpr = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
  if (defaultExpr && !isNullConstant(defaultExpr)) return undefined;
  // A domain's default is used when the column has none (measured on PostgreSQL 15).
  const names = (column.typeName?.names ?? []).map((n: AstNode) => n.String?.sval);
  const domain =
    (column.typeName?.arrayBounds ?? []).length === 0
      ? schema.domains.get(names.length > 1 ? `${names[names.length - 2]}.${type}` : `public.${type}`)
      : undefined;
  if (!defaultExpr && domain?.hasDefault) return undefined;
  const nullDefault = defaultExpr ? ' (DEFAULT NULL is no default)' : '';
  if (constraints.some((c) => c.contype === 'CONSTR_NOTNULL')) return `NOT NULL without a default${nullDefault}`;
  if (constraints.some((c) => c.contype === 'CONSTR_PRIMARY'))
    return `PRIMARY KEY (so NOT NULL) without a default${nullDefault}`;
  if (domain?.notNull) return `of domain ${quoteIdent(type)}, which is NOT NULL, without a default${nullDefault}`;
  return undefined;
}

export const addRequiredColumn: Rule = {
  meta: {
    id: 'add-required-column',
    severity: 'error',
    summary:
      'ADD COLUMN ... NOT NULL without a default on a table that already exists: it fails on a non-empty table, and inserts from the running application version fail.',
    safeWay:
      'Add the column as nullable (or NOT NULL with a constant DEFAULT), backfill existing rows in batches, deploy code that writes it, then make it NOT NULL with the set-not-null steps (CHECK ... NOT VALID, VALIDATE, SET NOT NULL).',
  },
  create: () => ({
    statement(ctx) {
      const alter = alterOfExistingTable(ctx);
      if (!alter) return;
      const { table } = alter;
      for (const cmd of alter.commands) {
        const column = cmd.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
        if (!column || skipsExistingColumn(cmd, ctx.schema, table.key)) continue;
        const why = requiredWithoutValue(column, ctx.schema);
        if (!why) continue;
        const name = quoteIdent(column.colname);
        ctx.report({
          message: `ADD COLUMN ${name} ${why} on ${table.name}: it fails with "contains null values" if the table has rows, and once it is added every INSERT from the application version still running (which does not know ${name}) fails with a not-null violation. It takes an AccessExclusiveLock on ${table.name}.`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
