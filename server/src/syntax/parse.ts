// The only import of the parser. libpg-query is PostgreSQL's own grammar compiled to WASM: what it rejects,
// PostgreSQL rejects. One statement at a time, so one broken statement never hides the others.
import * as pg from 'libpg-query';
import { codePointToUtf16Offset, utf8ToUtf16Offset } from './positions';

/** A libpg-query AST node: `{ IndexStmt: {...} }` and so on. Shapes follow PostgreSQL's parse nodes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AstNode = Record<string, any>;

export type ParseOutcome =
  | { ok: true; ast: AstNode; /** The node type, e.g. `IndexStmt`. */ kind: string }
  | { ok: false; message: string; /** UTF-16 offsets within the statement text. */ start: number; end: number };

let loading: Promise<void> | undefined;
let loaded = false;

/** Loads the WASM parser once; every other function here needs it. */
export function loadParser(): Promise<void> {
  loading ??= pg.loadModule().then(() => {
    loaded = true;
  });
  return loading;
}

export function parseStatement(text: string): ParseOutcome {
  if (!loaded) throw new Error('parser not loaded: await loadParser() first');
  // The parser reads C strings: a NUL byte would silently cut the statement short.
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return {
      ok: false,
      message: 'invalid byte 0x00 (NUL): PostgreSQL rejects it in SQL text',
      start: nul,
      end: nul + 1,
    };
  try {
    return treeOutcome(text, pg.parseSync(text));
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(text);
    const details = (e as { sqlDetails?: { message?: string; cursorPosition?: number } }).sqlDetails;
    const message = details?.message ?? (e instanceof Error ? e.message : String(e));
    return syntaxErrorOutcome(text, message, details?.cursorPosition ?? 0);
  }
}

/**
 * PL/pgSQL's own parser over a function body (`body` is the source between the dollar quotes): its statement tree,
 * or undefined when PL/pgSQL rejects it. The body is wrapped in a CREATE FUNCTION with a quote tag it does not hold.
 */
export function parsePlpgsqlBody(body: string): AstNode | undefined {
  const read = readPlpgsqlBody(body);
  return 'tree' in read ? read.tree : undefined;
}

/** PL/pgSQL's parser over a function body: its statement tree, or the message it rejects the body with. */
export function readPlpgsqlBody(body: string): { tree: AstNode } | { error: string } {
  if (!loaded) throw new Error('parser not loaded: await loadParser() first');
  if (body.includes('\u0000')) return { error: 'invalid byte 0x00 (NUL)' };
  let tag = '$sluice$';
  for (let n = 0; body.includes(tag); n++) tag = `$sluice${n}$`;
  try {
    const result = pg.parsePlPgSQLSync(
      `CREATE FUNCTION sluice_block() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`,
    ) as { plpgsql_funcs?: AstNode[] };
    const tree = result.plpgsql_funcs?.[0]?.PLpgSQL_function as AstNode | undefined;
    return tree ? { tree } : { error: '' };
  } catch (e) {
    const details = (e as { sqlDetails?: { message?: string } }).sqlDetails;
    return { error: details?.message ?? (e instanceof Error ? e.message : String(e)) };
  }
}

/**
 * What the parser said about a statement when it ran on another thread (syntax/parseAhead.ts): the parse tree as
 * the JSON text the parser wrote, or a syntax error's message and cursor (0-based, in code points).
 */
export type ParserReply = string | { message: string; cursor: number };

export function outcomeOf(text: string, reply: ParserReply): ParseOutcome {
  if (typeof reply !== 'string') return syntaxErrorOutcome(text, reply.message, reply.cursor);
  try {
    return treeOutcome(text, JSON.parse(reply) as pg.ParseResult);
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(text);
    throw e;
  }
}

/**
 * A tree nested deeper than JavaScript's stack can hold (a chain of 100,000 `+`): reported on the statement, as
 * PostgreSQL itself may refuse it ("stack depth limit exceeded").
 */
function tooDeep(text: string): ParseOutcome {
  return {
    ok: false,
    message:
      'this statement is nested too deeply for Sluice to analyse (PostgreSQL may refuse it too: "stack depth limit exceeded"); split it into smaller statements',
    start: 0,
    end: text.length,
  };
}

function treeOutcome(text: string, result: pg.ParseResult): ParseOutcome {
  const first = result.stmts?.[0]?.stmt as AstNode | undefined;
  if (!first) return { ok: false, message: 'empty statement', start: 0, end: text.length };
  const kind = Object.keys(first)[0];
  return { ok: true, ast: first[kind] as AstNode, kind };
}

/** The cursor is a 0-based code-point index into the statement (libpg-query converts PostgreSQL's 1-based one). */
function syntaxErrorOutcome(text: string, message: string, cursor: number): ParseOutcome {
  let start = codePointToUtf16Offset(text, cursor);
  let end: number;
  const near = /at or near "([\s\S]*)"$/.exec(message);
  if (near && start < text.length) {
    // The quoted token is re-encoded text (lone surrogates become U+FFFD): trust it only when it matches.
    end = text.startsWith(near[1], start) ? start + near[1].length : tokenEnd(text, start);
  } else if (cursor > 0 && start < text.length && !/at end of input$/.test(message)) {
    // Other errors ("invalid Unicode escape", "frame start cannot be UNBOUNDED FOLLOWING") carry the cursor alone.
    end = tokenEnd(text, start);
  } else {
    // "at end of input": point at the statement's last token.
    end = text.length;
    start = lastTokenStart(text);
  }
  const lineBreak = text.slice(start, end).search(/[\r\n]/);
  if (lineBreak > 0) end = start + lineBreak; // keep the squiggle on the offending line
  start = Math.min(start, text.length);
  end = Math.min(Math.max(end, start + 1), text.length);
  return { ok: false, message, start: Math.min(start, end), end };
}

function tokenEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && !/[\s;(),]/.test(text[i])) i++;
  return i;
}

function lastTokenStart(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const end = i;
  while (i > 0 && !/[\s(),]/.test(text[i - 1])) i--;
  return i < end ? i : Math.max(0, end - 1);
}

/** A lexical token of one statement, as PostgreSQL's own scanner sees it; offsets are UTF-16 within the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** A keyword of any kind (reserved or not): `SET`, `WHERE`, `USING`, `TYPE`... */
  keyword: boolean;
}

/** PostgreSQL's scanner over one statement; [] when it cannot scan (then callers offer no edit). */
export function scanTokens(text: string): Token[] {
  if (!loaded) throw new Error('parser not loaded: await loadParser() first');
  if (text.includes('\u0000')) return [];
  try {
    return pg.scanSync(text).tokens.map((t) => {
      const start = utf8ToUtf16Offset(text, t.start);
      const end = utf8ToUtf16Offset(text, t.end);
      return { start, end, text: text.slice(start, end), keyword: t.keywordKind !== 0 };
    });
  } catch {
    return [];
  }
}
