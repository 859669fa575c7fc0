// require-lock-timeout: a `SET lock_timeout = '2s';` line (fixes/lockTimeout.ts) right above the flagged statement, inside its goose
// or dbmate section or Liquibase changeset (so Liquibase's first line stays first), above the `sluice-ignore`
// comments that belong to the statement and above a goose StatementBegin. SET LOCAL inside a transaction
// block (it ends with it), plain SET otherwise (SET LOCAL outside a transaction sets nothing).
import { setLockTimeoutSql } from '../lockTimeout';
import { eolOf, indentBefore, lineStartOf } from './edits';
import type { QuickFixProvider } from './fix';
import { statementTokens } from './tokens';
import { transactionAround } from './transaction';

/** Lines right above `start` that belong to the statement: its ignore directives, a goose StatementBegin. */
function attachedAbove(text: string, start: number): number {
  let at = start;
  for (;;) {
    if (at === 0) return at;
    const previousLineStart = lineStartOf(text, at - (text[at - 1] === '\n' && text[at - 2] === '\r' ? 2 : 1));
    const line = text.slice(previousLineStart, at).trim();
    if (!/^--\s*(sluice-ignore(?!-file)\b|\+goose\s+StatementBegin\b)/i.test(line)) return at;
    at = previousLineStart;
  }
}

export const insertLockTimeout: QuickFixProvider = (ctx) => {
  const text = ctx.analysis.lines.text;
  const statement = ctx.statement;
  const st = statementTokens(statement.text);
  const first = st?.tokens[0];
  const lower = first !== undefined && first.text === first.text.toLowerCase();
  const around = transactionAround(ctx.analysis, ctx.index);
  const local = around === 'tool' || around === 'explicit';
  let sql = setLockTimeoutSql(local);
  if (lower) sql = sql.replace(/^SET LOCAL|^SET/, (m) => m.toLowerCase());
  const lineStart = lineStartOf(text, statement.start);
  const ownLine = text.slice(lineStart, statement.start).trim() === '';
  const edit = ownLine
    ? { at: attachedAbove(text, lineStart), newText: `${indentBefore(text, statement.start)}${sql}${eolOf(text)}` }
    : { at: statement.start, newText: `${sql} ` };
  return {
    title: `Insert ${sql.replace(/;$/, '')} before this statement`,
    edits: [{ start: edit.at, end: edit.at, newText: edit.newText }],
  };
};
