// The column a type finding points at (prefer-jsonb, prefer-identity): the typed columns of the statement,
// matched by the finding's range, with the tokens of its type name.
import { typedColumns, TypedColumn } from '../../rules/columnTypes';
import type { Token } from '../../syntax/parse';
import type { FixContext } from './fix';
import { nameSpan, statementTokens, tokenAtLocation } from './tokens';

export interface FlaggedType {
  column: TypedColumn;
  /** The tokens of the type's (possibly qualified) name: `pg_catalog . json`. */
  name: Token[];
}

export function flaggedType(ctx: FixContext): FlaggedType | undefined {
  const start = ctx.finding.start - ctx.statement.start;
  const column = typedColumns(ctx.kind, ctx.ast, ctx.statement.text).find((c) => c.start === start);
  const st = statementTokens(ctx.statement.text);
  if (!column || !st) return undefined;
  const first = tokenAtLocation(st, column.typeName.location);
  if (first < 0) return undefined;
  const { last } = nameSpan(st, first);
  return { column, name: st.tokens.slice(first, last + 1) };
}
