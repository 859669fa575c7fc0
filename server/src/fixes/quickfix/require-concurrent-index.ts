// require-concurrent-index: CREATE [UNIQUE] INDEX → CREATE [UNIQUE] INDEX CONCURRENTLY (IF NOT EXISTS, ONLY,
// the name and everything else stay as written).
import { quoteIdentifier } from '../scaffold/names';
import { concurrentFix, insertAfter, undoMoveOf } from './concurrently';
import type { QuickFixProvider } from './fix';
import { dropIndexMatch, findInverse, removeDownStatement } from './pairedDown';
import { findKeyword, inCaseOf, statementTokens } from './tokens';

export const addConcurrentlyToCreateIndex: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'IndexStmt' || ctx.ast.concurrent) return undefined;
  const st = statementTokens(ctx.statement.text);
  if (!st) return undefined;
  const index = findKeyword(st, 'INDEX');
  if (index < 0) return undefined;
  const token = st.tokens[index];
  const schema = ctx.ast.relation?.schemaname as string | undefined;
  const name = ctx.ast.idxname as string | undefined;
  // An index lives in its table's schema.
  const qualified = name ? `${schema ? `${quoteIdentifier(schema)}.` : ''}${quoteIdentifier(name)}` : undefined;
  return concurrentFix(ctx, {
    edit: insertAfter(ctx, token.end, ` ${inCaseOf(token, 'CONCURRENTLY')}`),
    title: 'Add CONCURRENTLY',
    stepName: `create_${name ?? `${ctx.ast.relation?.relname ?? 'table'}_index`}_concurrently`,
    summary: `Builds ${name ?? 'the index'} without blocking writes (moved out of a migration that runs in a transaction).`,
    down: qualified
      ? `DROP INDEX CONCURRENTLY IF EXISTS ${qualified};\n`
      : '-- The index has no name in its up script: drop it by the name PostgreSQL gave it (\\d table).\n',
    // The down's DROP INDEX of it now runs in the new migration's down.
    undo: (c) =>
      name === undefined
        ? c.pairedDown() && 'left'
        : undoMoveOf(findInverse(c, name, dropIndexMatch(schema, name)), (_, statement, down) => ({
            edit: removeDownStatement(down, statement),
            down,
          })),
  });
};
