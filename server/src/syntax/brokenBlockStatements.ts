// The SQL statements that make PL/pgSQL reject a DO block's body. PL/pgSQL hands each SQL statement of the body to
// PostgreSQL's parser when it compiles the block, so one that does not parse fails the whole DO before any of it
// runs (PostgreSQL 15: `syntax error at or near "IF"`). PL/pgSQL says which token, not where: this finds the
// statement by asking PL/pgSQL again about parts of the body.
import { AstNode, ParseOutcome, parseStatement, readPlpgsqlBody, scanTokens, Token } from './parse';

/** A statement of the body that PostgreSQL's parser rejects, at UTF-16 offsets within the body. */
export interface BrokenStatement {
  text: string;
  /** Its syntax error, as for a statement of the file. */
  parse: ParseOutcome & { ok: false };
  at: { start: number; end: number };
}

/** Locating costs a few parses of the body per broken statement (~10 ms each for 50,000 characters). */
const MAX_BODY = 50_000;
const MAX_BROKEN = 5;
/** Tokens tried as a statement's first, from the previous `;` on (an `IF ... THEN` or a label may come first). */
const MAX_STARTS = 200;

/**
 * The statements of a body PL/pgSQL rejected with `error` that PostgreSQL's parser rejects, in order; and, when
 * PL/pgSQL accepts the body with each of them replaced by `NULL;`, that tree and body (the same length as `source`,
 * so offsets in it are offsets in `source`). Undefined when the rejection is not one such statement's.
 */
export function brokenStatements(
  source: string,
  error: string,
): { broken: BrokenStatement[]; tree?: AstNode; body: string } | undefined {
  if (source.length > MAX_BODY) return undefined;
  const broken: BrokenStatement[] = [];
  let body = source;
  let message = error;
  while (broken.length < MAX_BROKEN) {
    // PL/pgSQL reads the body in order: the next one comes after the last one found.
    const found = locate(body, message, broken.length > 0 ? broken[broken.length - 1].at.end : 0);
    if (!found) break;
    broken.push({ ...found.statement, text: source.slice(found.statement.at.start, found.statement.at.end) });
    body = found.body;
    const read = readPlpgsqlBody(body);
    if ('tree' in read) return { broken, tree: read.tree, body };
    message = read.error;
  }
  return broken.length > 0 ? { broken, body } : undefined;
}

function isComment(token: Token): boolean {
  return token.text.startsWith('--') || token.text.startsWith('/*');
}

/**
 * The first statement of `body` (after offset `past`) that makes PL/pgSQL fail with `error`, and the body with it
 * replaced.
 */
function locate(body: string, error: string, past: number): { statement: BrokenStatement; body: string } | undefined {
  const tokens = scanTokens(body).filter((t) => !isComment(t));
  const semicolons = tokens.flatMap((t, i) => (t.text === ';' ? [i] : []));
  const folded = body.toLowerCase();
  let probe = 'sluice_probe';
  for (let n = 0; folded.includes(probe); n++) probe = `sluice_probe${n}`;
  // Appended to a prefix of the body that PL/pgSQL reads without error, this fails with its own message: a block
  // is a statement wherever a prefix can end (a DECLARE section ends where BEGIN starts).
  const reached = `syntax error at or near "${probe}"`;
  if (error === reached) return undefined;
  const after = (prefix: string): string => {
    const read = readPlpgsqlBody(`${prefix}\nBEGIN ${probe} ${probe}; END;`);
    return 'error' in read ? read.error : '';
  };
  // PL/pgSQL parses a statement when it reaches its `;`: the first `;` whose prefix fails with `error` ends it.
  let low = semicolons.findIndex((i) => tokens[i].start >= past);
  if (low < 0) return undefined;
  let high = semicolons.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(body.slice(0, tokens[semicolons[mid]].end)) === error) high = mid;
    else low = mid + 1;
  }
  if (low === semicolons.length) return undefined;
  const end = semicolons[low];
  const from = low > 0 ? semicolons[low - 1] + 1 : 0;
  if (from >= end) return undefined;
  const last = tokens[end - 1];
  // Its first token: PostgreSQL's parser fails on the text from there with `error`, and PL/pgSQL reads the body up
  // to there, then `NULL;` in the statement's place, without error.
  for (let first = from; first < end && first < from + MAX_STARTS; first++) {
    const text = body.slice(tokens[first].start, last.end);
    const parse = parseStatement(text);
    if (parse.ok || parse.message !== error) continue;
    if (after(`${body.slice(0, tokens[first].start)}NULL;`) !== reached) continue;
    // The same length, so offsets stay: blanks over the statement and the space before it, then `NULL;`.
    const blankFrom = first > 0 ? tokens[first - 1].end : 0;
    const length = tokens[end].end - blankFrom;
    if (length < (blankFrom > 0 ? 6 : 5)) return undefined;
    return {
      statement: { text, parse, at: { start: tokens[first].start, end: last.end } },
      body: `${body.slice(0, blankFrom)}${' '.repeat(length - 5)}NULL;${body.slice(tokens[end].end)}`,
    };
  }
  return undefined;
}
