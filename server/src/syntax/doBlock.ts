// The SQL a DO block runs. PL/pgSQL executes the statements written in a block's body as if they stood in the
// migration (Drizzle wraps every foreign key in one, hand-written migrations guard DDL with IF NOT EXISTS), so
// rules must see them. Statements built as strings for EXECUTE, procedures it CALLs and other languages are out
// of sight: such a block may have changed anything.
import { brokenStatements } from './brokenBlockStatements';
import { AstNode, ParseOutcome, parseStatement, readPlpgsqlBody } from './parse';

/** A statement of a DO block's body, and where it is (UTF-16 offsets within the body) when it is there verbatim. */
export interface BlockStatement {
  text: string;
  parse: ParseOutcome;
  at?: { start: number; end: number };
  /**
   * PostgreSQL's parser rejects it, so PL/pgSQL rejects the whole body and the DO fails before anything runs. The
   * other statements are those PL/pgSQL reads once it is fixed.
   */
  rejected?: true;
}

export interface DoBlockBody {
  /** The body's source (what the dollar quotes enclose). */
  source: string;
  /** Its SQL statements, in source order (those PL/pgSQL keeps verbatim: a `SELECT ... INTO variable` is not). */
  statements: BlockStatement[];
  /**
   * It may do what its statements do not show (EXECUTE, CALL, another language, a body PL/pgSQL rejects for more
   * than statements PostgreSQL's parser rejects).
   */
  opaque: boolean;
  /** It COMMITs or ROLLBACKs (a batched backfill committing per batch): its statements do not share one transaction. */
  commits: boolean;
}

const OPAQUE_KINDS = new Set([
  'PLpgSQL_stmt_dynexecute',
  'PLpgSQL_stmt_dynfors',
  'PLpgSQL_stmt_call',
  'PLpgSQL_stmt_open', // a cursor over EXECUTE's string, or over a query that may call anything
]);

/** The last bodies read (migrations repeat them: every keystroke re-analyses the file). */
const LIMIT = 500;
const bodies = new Map<string, DoBlockBody>();

/** What the body of the DO statement `ast` (a DoStmt) runs. */
export function doBlockBody(ast: AstNode): DoBlockBody {
  let source = '';
  let language = 'plpgsql';
  for (const arg of (ast.args ?? []) as AstNode[]) {
    const option = arg.DefElem as AstNode | undefined;
    const value = option?.arg?.String?.sval;
    if (typeof value !== 'string') continue;
    if (option?.defname === 'as') source = value;
    else if (option?.defname === 'language') language = value.toLowerCase();
  }
  if (language !== 'plpgsql') return { source, statements: [], opaque: true, commits: false };
  const known = bodies.get(source);
  if (known) return known;
  const body = readBody(source);
  if (bodies.size >= LIMIT) bodies.delete(bodies.keys().next().value as string);
  bodies.set(source, body);
  return body;
}

function readBody(source: string): DoBlockBody {
  const read = readPlpgsqlBody(source);
  // A body rejected for statements that do not parse: those, and what PL/pgSQL reads without them.
  const repaired = 'error' in read ? brokenStatements(source, read.error) : undefined;
  const tree = 'tree' in read ? read.tree : repaired?.tree;
  const rejected = (repaired?.broken ?? []).map((b) => ({ ...b, rejected: true as const }));
  if (!tree) return { source, statements: rejected, opaque: true, commits: false };
  // (Offsets in the repaired body are offsets in the source: each statement was replaced at the same length.)
  const body = repaired?.body ?? source;
  const queries: Query[] = [];
  const found = { opaque: false, commits: false };
  visit(tree.action, queries, found);
  // PL/pgSQL keeps each statement's text as written (but for an `INTO variable` it takes out): find it in the
  // body, in order, with the rejected ones where they are.
  const statements: BlockStatement[] = [];
  let from = 0;
  let next = 0;
  for (const { text, written } of queries) {
    const start = body.indexOf(written, from);
    const parse = parseStatement(text);
    if (start < 0) {
      statements.push({ text, parse });
      continue;
    }
    while (next < rejected.length && rejected[next].at.start < start) statements.push(rejected[next++]);
    statements.push({ text, parse, at: { start, end: start + written.length } });
    from = start + written.length;
  }
  statements.push(...rejected.slice(next));
  return { source, statements, ...found };
}

/** A statement PL/pgSQL runs, and its text in the body (`PERFORM f()` runs `SELECT f()`: `f()` is written). */
interface Query {
  text: string;
  written: string;
}

function visit(node: unknown, queries: Query[], found: { opaque: boolean; commits: boolean }): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, queries, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as AstNode)) {
    if (key === 'PLpgSQL_stmt_execsql') {
      const query = (value as AstNode).sqlstmt?.PLpgSQL_expr?.query;
      if (typeof query === 'string') queries.push({ text: query, written: query });
      continue;
    }
    if (key === 'PLpgSQL_stmt_perform') {
      // What it calls may set lock_timeout or the search path (set_config).
      const query = (value as AstNode).expr?.PLpgSQL_expr?.query;
      if (typeof query === 'string' && query.startsWith('SELECT '))
        queries.push({ text: query, written: query.slice('SELECT '.length) });
      continue;
    }
    if (OPAQUE_KINDS.has(key)) found.opaque = true;
    if (key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback') found.commits = true;
    visit(value, queries, found);
  }
}

/**
 * Where each offset of the body is in the DO statement's text: after its opening quote, verbatim in a dollar-quoted
 * (or plain single-quoted) body; in a single-quoted one with doubled quotes (`''`), one further per quote before
 * it. Undefined when the body cannot be found that way (an E'' string's escapes).
 */
export function bodyPlace(statementText: string, source: string): ((offset: number) => number) | undefined {
  for (const quote of statementText.matchAll(/\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$|'/g)) {
    const open = quote[0];
    const start = (quote.index as number) + open.length;
    if (statementText.startsWith(source, start) && statementText.startsWith(open, start + source.length))
      return (offset) => start + offset;
    if (open === "'" && statementText.charCodeAt((quote.index as number) - 1) !== 0x45) {
      const places = undoubledPlaces(statementText, start, source);
      if (places) return (offset) => places[offset];
    }
  }
  return undefined;
}

/** The text offset of each body offset, when the text from `start` is `source` with each quote doubled. */
function undoubledPlaces(text: string, start: number, source: string): Int32Array | undefined {
  const places = new Int32Array(source.length + 1);
  let j = start;
  for (let k = 0; k < source.length; k++) {
    places[k] = j;
    const c = source.charCodeAt(k);
    if (text.charCodeAt(j) !== c) return undefined;
    j += c === 0x27 ? 2 : 1;
    if (c === 0x27 && text.charCodeAt(j - 1) !== 0x27) return undefined;
  }
  places[source.length] = j;
  return text.charCodeAt(j) === 0x27 ? places : undefined;
}
