// Text edits on a whole file: applying them (to re-lint the result), the file's line ending, and the range
// that removes one statement with its `;` and its line.
import type { FileAnalysis } from '../../analysis';
import type { OffsetEdit } from './fix';

export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  }
  return out;
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The whitespace before the statement on its line (to indent a line inserted above it). */
export function indentBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' ? text.slice(i, offset) : '';
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Just past the statement's terminating `;` (the statement's end when it has none). */
export function afterSemicolon(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === ';' ? i + 1 : end;
}

/**
 * The range that deletes statement `index`: its text, its `;`, and its whole line when nothing else is on it,
 * together with `-- sluice-ignore` lines right above it (they belong to it).
 */
export function statementRemoval(analysis: FileAnalysis, index: number): OffsetEdit {
  const text = analysis.lines.text;
  const statement = analysis.statements[index];
  let start = statement.start;
  let end = afterSemicolon(text, statement.end);
  const lineStart = lineStartOf(text, start);
  let rest = end;
  while (rest < text.length && (text[rest] === ' ' || text[rest] === '\t')) rest++;
  const lineBreak = /^(\r\n|\n|\r)/.exec(text.slice(rest, rest + 2));
  if (text.slice(lineStart, start).trim() === '' && (lineBreak || rest === text.length)) {
    start = lineStart;
    end = rest + (lineBreak?.[0].length ?? 0);
    const previousEnd = index > 0 ? analysis.statements[index - 1].end : 0;
    for (const directive of [...analysis.directives.ignores].reverse()) {
      if (directive.type !== 'ignore' || directive.start < previousEnd || directive.end > start) continue;
      const between = text.slice(directive.end, start);
      if (!/^[ \t]*(\r\n|\n|\r)$/.test(between)) break;
      const directiveLine = lineStartOf(text, directive.start);
      if (text.slice(directiveLine, directive.start).trim() !== '') break;
      start = directiveLine;
    }
  }
  return { start, end, newText: '' };
}
