// require-concurrent-drop-index: DROP INDEX → DROP INDEX CONCURRENTLY, for one index without CASCADE
// (PostgreSQL allows CONCURRENTLY only there; anything else needs the statement split by hand).
import { concurrentFix, insertAfter, undoMoveOf } from './concurrently';
import type { QuickFixProvider } from './fix';
import { createIndexMatch, findInverse, removeDownStatement } from './pairedDown';
import { findKeyword, inCaseOf, statementTokens } from './tokens';
import { quoteQualified } from '../../syntax/quoteIdent';

export const addConcurrentlyToDropIndex: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'DropStmt' || ctx.ast.removeType !== 'OBJECT_INDEX' || ctx.ast.concurrent) return undefined;
  if ((ctx.ast.objects ?? []).length !== 1 || ctx.ast.behavior === 'DROP_CASCADE') return undefined;
  const st = statementTokens(ctx.statement.text);
  const index = st ? findKeyword(st, 'INDEX') : -1;
  if (!st || index < 0) return undefined;
  const token = st.tokens[index];
  const parts: string[] = (ctx.ast.objects[0].List?.items ?? []).map((i: { String?: { sval?: string } }) =>
    String(i.String?.sval ?? ''),
  );
  const shown = quoteQualified(...parts);
  return concurrentFix(ctx, {
    edit: insertAfter(ctx, token.end, ` ${inCaseOf(token, 'CONCURRENTLY')}`),
    title: 'Add CONCURRENTLY',
    stepName: `drop_${parts[parts.length - 1] ?? 'index'}_concurrently`,
    summary: `Drops ${shown} without blocking reads and writes (moved out of a migration that runs in a transaction).`,
    down: `-- Recreate ${shown} with CREATE INDEX CONCURRENTLY and its original definition to undo this.\n`,
    // The down's CREATE INDEX of it moves into the new migration's down, built concurrently there too.
    undo: (c) => {
      const name = parts[parts.length - 1];
      const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
      return undoMoveOf(findInverse(c, name, createIndexMatch(schema, name)), (create, statement, down) => {
        const sql = concurrentCreate(create.text, Boolean(create.parse.ok && create.parse.ast.concurrent));
        return sql === undefined ? undefined : { edit: removeDownStatement(down, statement), down, newDown: sql };
      });
    },
  });
};

/** A CREATE INDEX statement's text with CONCURRENTLY after INDEX (as written when it has it), and its `;`. */
function concurrentCreate(text: string, concurrent: boolean): string | undefined {
  if (concurrent) return `${text};\n`;
  const st = statementTokens(text);
  const index = st ? findKeyword(st, 'INDEX') : -1;
  if (!st || index < 0) return undefined;
  const token = st.tokens[index];
  return `${text.slice(0, token.end)} ${inCaseOf(token, 'CONCURRENTLY')}${text.slice(token.end)};\n`;
}
