// Where an edit lands inside one statement, found on PostgreSQL's own tokens (comments, quoted identifiers
// and odd spacing cannot fool it): keywords, the relation a statement names, the commands of an ALTER TABLE.
// Offsets here are UTF-16 within the statement text.
import type { AstNode, Token } from '../../syntax/parse';
import { scanTokens } from '../../syntax/parse';
import { utf8ToUtf16Offset } from '../../syntax/positions';

export interface StatementTokens {
  text: string;
  /** Code tokens in order, comments left out. */
  tokens: Token[];
}

function isComment(token: Token): boolean {
  return token.text.startsWith('--') || token.text.startsWith('/*');
}

export function statementTokens(text: string): StatementTokens | undefined {
  const tokens = scanTokens(text).filter((t) => !isComment(t));
  return tokens.length > 0 ? { text, tokens } : undefined;
}

/** The token is the keyword `word` (any case; a quoted identifier never is). */
export function isKeyword(token: Token | undefined, word: string): boolean {
  return Boolean(token?.keyword) && token!.text.toUpperCase() === word;
}

/** Index of the first token at or after `from` that is the keyword `word`, or -1. */
export function findKeyword(st: StatementTokens, word: string, from = 0, to = st.tokens.length): number {
  for (let i = from; i < to; i++) if (isKeyword(st.tokens[i], word)) return i;
  return -1;
}

/** Index of the token starting at a libpg-query byte location, or -1. */
export function tokenAtLocation(st: StatementTokens, location: number | undefined): number {
  if (typeof location !== 'number' || location < 0) return -1;
  const offset = utf8ToUtf16Offset(st.text, location);
  return st.tokens.findIndex((t) => t.start === offset);
}

/** `word` written in the case of `sample` (lower case when the user writes keywords in lower case). */
export function inCaseOf(sample: Token | undefined, word: string): string {
  const text = sample?.text ?? '';
  return text !== '' && text === text.toLowerCase() ? word.toLowerCase() : word.toUpperCase();
}

/** Token indexes [first, last] of a (possibly qualified) name starting at token `first`: `s . "T"`. */
export function nameSpan(st: StatementTokens, first: number): { first: number; last: number } {
  let last = first;
  while (st.tokens[last + 1]?.text === '.' && st.tokens[last + 2]) last += 2;
  return { first, last };
}

/** The relation of a RangeVar as written: `billing.orders`, `"Order"`. */
export function relationText(st: StatementTokens, rangeVar: AstNode | undefined): string | undefined {
  const first = tokenAtLocation(st, rangeVar?.location);
  if (first < 0) return undefined;
  const { last } = nameSpan(st, first);
  return st.text.slice(st.tokens[first].start, st.tokens[last].end);
}

/** The index of the `)` matching the `(` at `open`, or -1. */
export function closingParen(st: StatementTokens, open: number): number {
  let depth = 0;
  for (let i = open; i < st.tokens.length; i++) {
    const t = st.tokens[i].text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export interface CommandSpan {
  /** Token indexes of the command's first and last token. */
  first: number;
  last: number;
  /** UTF-16 offsets within the statement. */
  start: number;
  end: number;
}

/**
 * The commands of `ALTER TABLE [IF EXISTS] [ONLY] name [*] cmd, cmd, ...` in AST order: split at top-level
 * commas after the table name. Undefined when the split does not match the AST's command count.
 */
export function alterTableCommandSpans(st: StatementTokens, ast: AstNode): CommandSpan[] | undefined {
  const relation = tokenAtLocation(st, ast.relation?.location);
  if (relation < 0) return undefined;
  let i = nameSpan(st, relation).last + 1;
  if (st.tokens[i]?.text === '*') i++;
  const spans: CommandSpan[] = [];
  let first = i;
  let depth = 0;
  const close = (last: number): void => {
    if (last >= first) spans.push({ first, last, start: st.tokens[first].start, end: st.tokens[last].end });
  };
  for (; i < st.tokens.length; i++) {
    const t = st.tokens[i].text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth--;
    else if (t === ',' && depth === 0) {
      close(i - 1);
      first = i + 1;
    } else if (t === ';' && depth === 0) break;
  }
  close(i - 1);
  return spans.length === (ast.cmds ?? []).length ? spans : undefined;
}

/** Offsets of a command together with one separating comma, so removing it leaves a valid ALTER TABLE. */
export function commandRemoval(st: StatementTokens, spans: CommandSpan[], k: number): { start: number; end: number } {
  if (k + 1 < spans.length) return { start: spans[k].start, end: spans[k + 1].start };
  // The last command: take the comma before it and the space between.
  return { start: st.tokens[spans[k].first - 1].start, end: spans[k].end };
}

/** What follows `ALTER TABLE` up to the first command, as written: `IF EXISTS ONLY billing.orders`. */
export function alterTarget(st: StatementTokens, ast: AstNode): string | undefined {
  const table = findKeyword(st, 'TABLE');
  const relation = tokenAtLocation(st, ast.relation?.location);
  if (table < 0 || relation <= table) return undefined;
  let last = nameSpan(st, relation).last;
  if (st.tokens[last + 1]?.text === '*') last++;
  return st.text.slice(st.tokens[table + 1].start, st.tokens[last].end);
}
