import {
  calledFunctionNames,
  calledFunctions,
  isNullConstant,
  typeNameOf,
  VOLATILE_FUNCTIONS,
} from '../facts/expressions';
import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent, quoteQualified } from '../syntax/quoteIdent';
import type { SchemaModel } from '../schema/model';
import type { Rule } from './rule';
import { skipsExistingColumn } from './ifNotExists';

const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

/**
 * A function the expression calls that an earlier statement created VOLATILE (the default for functions in any
 * language but SQL): `public.nanoid()`, or an unqualified call of one. Under a search path of its own the walk has
 * qualified a call it finds on the path (facts/resolveNames.ts); an unqualified one is public's when public has
 * one of that name, and else may be any schema's.
 */
function volatileFunctionOfHistory(expr: AstNode | undefined, schema: SchemaModel): string | undefined {
  if (schema.functions.size === 0) return undefined;
  for (const parts of calledFunctionNames(expr)) {
    const name = parts[parts.length - 1];
    if (parts.length > 1) {
      if (schema.functions.get(`${parts[parts.length - 2]}.${name}`) === 'volatile') return quoteQualified(...parts);
      continue;
    }
    // (A SQL function's volatility may be unknown: it is still the one the call finds.)
    const inPublic = schema.functions.get(`public.${name}`);
    if (inPublic !== undefined || schema.functionSignatures.has(`public.${name}`)) {
      if (inPublic === 'volatile') return quoteIdent(name);
      continue;
    }
    if (schema.hasVolatileFunctionNamed) {
      if (schema.hasVolatileFunctionNamed(name)) return quoteIdent(name);
      continue;
    }
    for (const [key, volatility] of schema.functions) {
      if (volatility === 'volatile' && key.slice(key.indexOf('.') + 1) === name) return quoteIdent(name);
    }
  }
  return undefined;
}

/** Why adding this column rewrites the table, or undefined when it does not. */
export function addColumnRewriteReason(column: AstNode, pgVersion: number, schema: SchemaModel): string | undefined {
  const type = typeNameOf(column.typeName);
  if (SERIAL_TYPES.has(type)) return `a ${type} column fills every row from a sequence`;
  // A domain with constraints (known from this file or the history): every row is checked, so PostgreSQL rewrites.
  // (An array of it is not the domain: nothing to check in a NULL array.)
  if (schema.domains.size > 0 && (column.typeName?.arrayBounds ?? []).length === 0) {
    const names = (column.typeName?.names ?? []).map((n: AstNode) => n.String?.sval);
    const domainKey = names.length > 1 ? `${names[names.length - 2]}.${type}` : `public.${type}`;
    if (schema.domains.get(domainKey)?.constrained)
      return `every row is checked against the constraints of domain ${quoteIdent(type)}`;
  }
  for (const c of column.constraints ?? []) {
    const constraint = c.Constraint as AstNode | undefined;
    if (!constraint) continue;
    if (constraint.contype === 'CONSTR_IDENTITY') return 'an identity column fills every row from a sequence';
    if (constraint.contype === 'CONSTR_GENERATED' && constraint.generated_kind !== 'v') {
      return 'a stored generated column is computed for every row';
    }
    if (constraint.contype === 'CONSTR_DEFAULT') {
      if (isNullConstant(constraint.raw_expr)) continue;
      // The history's own functions first: they are named as written (public.uuid_generate_v7).
      const volatile =
        volatileFunctionOfHistory(constraint.raw_expr, schema) ??
        calledFunctions(constraint.raw_expr).find((f) => VOLATILE_FUNCTIONS.has(f));
      if (volatile) return `the volatile default ${volatile}() is computed for every row`;
      if (pgVersion < 11) return `before PostgreSQL 11 any non-null default is written into every row`;
    }
  }
  return undefined;
}

export const addColumnRewrite: Rule = {
  meta: {
    id: 'add-column-rewrite',
    severity: 'error',
    summary:
      'ADD COLUMN whose value must be written into every existing row rewrites the table under an AccessExclusiveLock.',
    safeWay:
      'Add the column without the default (or as a plain nullable column), then SET DEFAULT for new rows, then backfill existing rows in batches.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'AlterTableStmt') return;
      const table = relationRef(ctx.ast.relation, 'table');
      if (!table || !ctx.isPreExisting(table)) return;
      for (const cmd of alterTableCommands(ctx.ast)) {
        const column = cmd.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
        if (!column || skipsExistingColumn(cmd, ctx.schema, table.key)) continue;
        const reason = addColumnRewriteReason(column, ctx.pgVersion, ctx.schema);
        if (!reason) continue;
        ctx.report({
          message: `ADD COLUMN ${quoteIdent(column.colname)} rewrites ${table.name} under an AccessExclusiveLock because ${reason}: reads and writes wait until the rewrite ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
