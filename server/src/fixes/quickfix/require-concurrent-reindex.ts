// require-concurrent-reindex: REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE name → ... CONCURRENTLY name.
import { concurrentFix, insertAfter } from './concurrently';
import type { QuickFixProvider } from './fix';
import { closingParen, inCaseOf, isKeyword, statementTokens } from './tokens';

const TARGETS = ['INDEX', 'TABLE', 'SCHEMA', 'DATABASE'];

export const addConcurrentlyToReindex: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'ReindexStmt' || ctx.pgVersion < 12) return undefined;
  const st = statementTokens(ctx.statement.text);
  if (!st || !isKeyword(st.tokens[0], 'REINDEX')) return undefined;
  let i = 1;
  if (st.tokens[i]?.text === '(') i = closingParen(st, i) + 1;
  const target = st.tokens[i];
  if (i <= 0 || !TARGETS.some((word) => isKeyword(target, word))) return undefined;
  return concurrentFix(ctx, {
    edit: insertAfter(ctx, target.end, ` ${inCaseOf(target, 'CONCURRENTLY')}`),
    title: 'Add CONCURRENTLY',
    stepName: `reindex_${String(ctx.ast.relation?.relname ?? ctx.ast.name ?? target.text.toLowerCase())}_concurrently`,
    summary:
      'Rebuilds indexes without blocking reads and writes (moved out of a migration that runs in a transaction).',
    down: '-- A rebuilt index is the same index: nothing to undo.\n',
  });
};
