// require-concurrent-index: CREATE [UNIQUE] INDEX → CREATE [UNIQUE] INDEX CONCURRENTLY (IF NOT EXISTS, ONLY,
// the name and everything else stay as written; an unnamed index moved to a new migration gets the name
// PostgreSQL would give it, so that migration's down can drop it).
import { concurrentFix, insertAfter, undoMoveOf } from './concurrently';
import { requireConcurrentIndex } from '../../rules/require-concurrent-index';
import { applyEdits } from './edits';
import type { FixContext, QuickFixProvider } from './fix';
import { defaultName, dropIndexMatch, findInverse, indexNameColumns, removeDownStatement } from './pairedDown';
import { findKeyword, inCaseOf, statementTokens } from './tokens';
import { quoteIdent } from '../../syntax/quoteIdent';

export const addConcurrentlyToCreateIndex: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'IndexStmt' || ctx.ast.concurrent) return undefined;
  const st = statementTokens(ctx.statement.text);
  if (!st) return undefined;
  const index = findKeyword(st, 'INDEX');
  if (index < 0) return undefined;
  const token = st.tokens[index];
  const schema = ctx.ast.relation?.schemaname as string | undefined;
  const table = ctx.ast.relation?.relname as string | undefined;
  const name = ctx.ast.idxname as string | undefined;
  const concurrently = inCaseOf(token, 'CONCURRENTLY');
  const named = (indexName: string) => {
    // An index lives in its table's schema.
    const qualified = `${schema ? `${quoteIdent(schema)}.` : ''}${quoteIdent(indexName)}`;
    return {
      stepName: `create_${indexName}_concurrently`,
      summary: `Builds ${quoteIdent(indexName)} without blocking writes (moved out of a migration that runs in a transaction).`,
      down: `DROP INDEX CONCURRENTLY IF EXISTS ${qualified};\n`,
      // The down's DROP INDEX of it now runs in the new migration's down.
      undo: (c: FixContext) =>
        undoMoveOf(findInverse(c, indexName, dropIndexMatch(schema, indexName)), (_, statement, down) => ({
          edit: removeDownStatement(down, statement),
          down,
        })),
    };
  };
  return concurrentFix(ctx, {
    edit: insertAfter(ctx, token.end, ` ${concurrently}`),
    title: 'Add CONCURRENTLY',
    ...(name !== undefined
      ? named(name)
      : {
          stepName: `create_${table ?? 'table'}_index_concurrently`,
          summary: 'Builds the index without blocking writes (moved out of a migration that runs in a transaction).',
          down: '-- The index has no name in its up script: drop it by the name PostgreSQL gave it (\\d table).\n',
          undo: (c: FixContext) => c.pairedDown() && 'left',
          // Moved, it gets the name PostgreSQL would give it, so the new down (and the old down's DROP INDEX of
          // that name) can drop it.
          moving: (c: FixContext) => {
            const chosen = table && defaultName(table, indexNameColumns(ctx.ast), 'idx');
            if (!chosen || nameTaken(c, token.end, chosen)) return undefined;
            return { edit: insertAfter(c, token.end, ` ${concurrently} ${quoteIdent(chosen)}`), ...named(chosen) };
          },
        }),
  });
};

/**
 * The schema already has an index of that name (PostgreSQL would number the new one): the statement, given
 * the name with IF NOT EXISTS, is then skipped, and require-concurrent-index no longer flags it.
 */
function nameTaken(ctx: FixContext, tokenEnd: number, name: string): boolean {
  const edit = insertAfter(ctx, tokenEnd, ` IF NOT EXISTS ${quoteIdent(name)}`);
  const analysis = ctx.relint(applyEdits(ctx.analysis.lines.text, [edit]));
  return !analysis.findings.some((f) => f.rule === requireConcurrentIndex.meta.id && f.statement === ctx.index);
}
