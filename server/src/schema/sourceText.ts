// The source text of parts of a statement the model keeps as written (a column's type and default, a
// constraint's body), so that a rollback can put back exactly what an earlier migration wrote. libpg-query
// gives start offsets only; the end is found with PostgreSQL's own scanner, at the first token (outside
// parentheses) that cannot continue the part. Pure; used by replay only when it is given the statement text.
import { AstNode, scanTokens, Token } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import { utf8ToUtf16Offset } from '../syntax/positions';

/** Keywords that end a type or a DEFAULT expression inside a column definition. */
const COLUMN_STOPS = new Set([
  'NOT',
  'NULL',
  'CHECK',
  'REFERENCES',
  'UNIQUE',
  'PRIMARY',
  'CONSTRAINT',
  'GENERATED',
  'COLLATE',
  'DEFAULT',
  'DEFERRABLE',
  'INITIALLY',
  'USING',
  'STORAGE',
  'COMPRESSION',
]);
const NONE = new Set<string>();

let memo: { text: string; tokens: Token[] } | undefined;

function tokensOf(text: string): Token[] {
  if (memo?.text !== text) memo = { text, tokens: scanTokens(text) };
  return memo.tokens;
}

/** Index of the first token starting at or after a libpg-query (UTF-8 byte) location. */
function tokenAt(text: string, tokens: Token[], location: number | undefined): number {
  if (typeof location !== 'number' || location < 0) return -1;
  const offset = utf8ToUtf16Offset(text, location);
  return tokens.findIndex((t) => t.start >= offset);
}

/** Text from token `from` up to (not including) the first token at depth 0 that ends the part. */
function sliceUntil(text: string, tokens: Token[], from: number, stops: ReadonlySet<string>): string | undefined {
  if (from < 0 || from >= tokens.length) return undefined;
  let depth = 0;
  let last = from;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t === ',' || t === ';' || (i > from && stops.has(t.toUpperCase())))) break;
    last = i;
  }
  return text.slice(tokens[from].start, tokens[last].end);
}

/** `varchar(50)`, `timestamp with time zone`, `"Mood"[]`: a column type as written. */
export function typeText(text: string, typeName: AstNode | undefined): string | undefined {
  const tokens = tokensOf(text);
  return sliceUntil(text, tokens, tokenAt(text, tokens, typeName?.location), COLUMN_STOPS);
}

/** The expression of a column's `DEFAULT` constraint (`[CONSTRAINT n] DEFAULT expr`). */
export function columnDefaultText(text: string, constraint: AstNode): string | undefined {
  const tokens = tokensOf(text);
  let at = tokenAt(text, tokens, constraint.location);
  if (at < 0) return undefined;
  if (tokens[at].text.toUpperCase() === 'CONSTRAINT') at += 2;
  if (tokens[at]?.text.toUpperCase() !== 'DEFAULT') return undefined;
  return sliceUntil(text, tokens, at + 1, COLUMN_STOPS);
}

function minLocation(node: unknown): number {
  let min = Infinity;
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object') {
      for (const [key, value] of Object.entries(n)) {
        if (key === 'location' && typeof value === 'number' && value >= 0) min = Math.min(min, value);
        else visit(value);
      }
    }
  };
  visit(node);
  return min;
}

/** The expression of `ALTER COLUMN c SET DEFAULT expr` (its opening parentheses included). */
export function setDefaultText(text: string, expr: AstNode): string | undefined {
  const tokens = tokensOf(text);
  const location = minLocation(expr);
  let at = tokenAt(text, tokens, Number.isFinite(location) ? location : undefined);
  if (at < 0) return undefined;
  while (at > 0 && tokens[at - 1].text === '(') at--;
  return sliceUntil(text, tokens, at, NONE);
}

/**
 * A constraint's body as written, without `CONSTRAINT name` and without a trailing `NOT VALID`
 * (`CHECK (total >= 0)`, `FOREIGN KEY (customer_id) REFERENCES customers (id)`). A constraint written inline
 * in a column definition is turned into its table form for `column`.
 */
export function constraintBody(text: string, constraint: AstNode, column?: string): string | undefined {
  const tokens = tokensOf(text);
  let at = tokenAt(text, tokens, constraint.location);
  if (at < 0) return undefined;
  if (tokens[at].text.toUpperCase() === 'CONSTRAINT') at += 2;
  const body = sliceUntil(text, tokens, at, column === undefined ? NONE : COLUMN_STOPS);
  if (body === undefined) return undefined;
  const trimmed = body.replace(/\s+NOT\s+VALID\s*$/i, '');
  if (column === undefined) return trimmed;
  const quoted = quoteIdent(column);
  switch (constraint.contype) {
    case 'CONSTR_CHECK':
      return trimmed;
    case 'CONSTR_FOREIGN':
      return `FOREIGN KEY (${quoted}) ${trimmed}`;
    case 'CONSTR_UNIQUE':
      return `UNIQUE (${quoted})`;
    case 'CONSTR_PRIMARY':
      return `PRIMARY KEY (${quoted})`;
    default:
      return undefined;
  }
}
