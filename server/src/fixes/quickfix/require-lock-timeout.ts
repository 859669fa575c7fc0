// require-lock-timeout: a `SET lock_timeout = '2s';` line (fixes/lockTimeout.ts) right above the flagged statement, inside its goose
// or dbmate section or Liquibase changeset (so Liquibase's first line stays first), above the `sluice-ignore`
// comments that belong to the statement and above a goose (or sql-migrate) StatementBegin. SET LOCAL where the
// statement runs in a transaction block (the tool's, an explicit one, or the implicit one of a multi-statement
// query): it ends with it. Elsewhere SET LOCAL would set nothing, so plain SET, and `RESET lock_timeout;` after the last statement of
// the file or section: a plain SET lasts for the session, and tools that keep their connection would carry it on.
import type { FileAnalysis } from '../../analysis';
import { GOOSE_BLOCK, segmentAt, SQL_MIGRATE_BLOCK } from '../../migrations/units';
import { RESET_LOCK_TIMEOUT_SQL, setLockTimeoutSql } from '../lockTimeout';
import { afterSemicolon, applyEdits, eolOf, indentBefore, lineStartOf } from './edits';
import type { OffsetEdit, QuickFixProvider } from './fix';
import { statementTokens } from './tokens';
import { transactionAround } from './transaction';

/**
 * Lines right above `start` that belong to the statement: its ignore directives, a goose StatementBegin (unless
 * the block holds more statements: goose sends it as one query, and the SET must run in it).
 */
function attachedAbove(text: string, start: number, inBlock: boolean): number {
  let at = start;
  for (;;) {
    if (at === 0) return at;
    const previousLineStart = lineStartOf(text, at - (text[at - 1] === '\n' && text[at - 2] === '\r' ? 2 : 1));
    const line = text.slice(previousLineStart, at).trim();
    const attached = inBlock
      ? /^--\s*sluice-ignore(?!-file)\b/
      : /^--\s*(sluice-ignore(?!-file)\b|\+(goose|migrate)\s+StatementBegin\b)/i;
    if (!attached.test(line)) return at;
    at = previousLineStart;
  }
}

/** The start of the line after `offset`'s line (the text's length on the last line). */
function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * `RESET lock_timeout;` after the last statement of the statement's unit (file or section), on a line of its own
 * after that statement's line (and after a goose StatementEnd closing it); none when the unit already unsets the
 * timeout after the statement.
 */
function resetAtUnitEnd(analysis: FileAnalysis, index: number, lower: boolean): OffsetEdit | undefined {
  const unit = analysis.units.find((u) => u.statements.includes(index));
  if (!unit) return undefined;
  const later = unit.statements.filter((i) => i > index);
  if (later.some((i) => analysis.statements[i].facts?.lockTimeout === 'unset')) return undefined;
  const last = analysis.statements[unit.statements[unit.statements.length - 1]];
  const text = analysis.lines.text;
  const eol = eolOf(text);
  const sql = lower ? RESET_LOCK_TIMEOUT_SQL.toLowerCase() : RESET_LOCK_TIMEOUT_SQL;
  const end = afterSemicolon(text, last.end);
  const restOfLine = text.slice(end, nextLineStart(text, end)).trim();
  // Something else on the line (a block comment, another statement): right after the `;`.
  if (restOfLine !== '' && !restOfLine.startsWith('--')) return { start: end, end, newText: ` ${sql}` };
  let at = nextLineStart(text, end);
  const following = text.slice(at, nextLineStart(text, at)).trim();
  if (/^--\s*\+(goose|migrate)\s+StatementEnd\b/i.test(following)) at = nextLineStart(text, at);
  const indent = indentBefore(text, last.start);
  if (at === text.length && !/[\r\n]$/.test(text)) return { start: at, end: at, newText: `${eol}${indent}${sql}` };
  return { start: at, end: at, newText: `${indent}${sql}${eol}` };
}

export const insertLockTimeout: QuickFixProvider = (ctx) => {
  const text = ctx.analysis.lines.text;
  const statement = ctx.statement;
  const st = statementTokens(statement.text);
  const first = st?.tokens[0];
  const lower = first !== undefined && first.text === first.text.toLowerCase();
  const lineStart = lineStartOf(text, statement.start);
  const ownLine = text.slice(lineStart, statement.start).trim() === '';
  const unit = ctx.analysis.units.find((u) => u.statements.includes(ctx.index));
  const reason = unit !== undefined ? segmentAt(unit, ctx.index)?.reason : undefined;
  const inBlock = reason === GOOSE_BLOCK || reason === SQL_MIGRATE_BLOCK;
  const insert = (local: boolean): OffsetEdit => {
    let sql = setLockTimeoutSql(local);
    if (lower) sql = sql.replace(/^SET LOCAL|^SET/, (m) => m.toLowerCase());
    const at = ownLine ? attachedAbove(text, lineStart, inBlock) : statement.start;
    const newText = ownLine ? `${indentBefore(text, statement.start)}${sql}${eolOf(text)}` : `${sql} `;
    return { start: at, end: at, newText };
  };
  // Where the SET goes decides: a lone statement gains a neighbour and becomes a multi-statement query, whose
  // implicit transaction block makes SET LOCAL work (the SET is statement `index` of the edited file).
  const local =
    transactionAround(ctx.analysis, ctx.index) !== 'none' ||
    transactionAround(ctx.relint(applyEdits(text, [insert(true)])), ctx.index) !== 'none';
  const set = insert(local);
  const sql = set.newText.trim();
  if (local) return { title: `Insert ${sql.replace(/;$/, '')} before this statement`, edits: [set] };
  const reset = resetAtUnitEnd(ctx.analysis, ctx.index, lower);
  return {
    title: `Insert ${sql.replace(/;$/, '')} before this statement${reset ? ', and RESET lock_timeout at the end' : ''}`,
    edits: reset ? [set, reset] : [set],
  };
};
