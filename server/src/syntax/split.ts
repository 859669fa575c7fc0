// Splits SQL text into top-level statements without parsing it. Never throws.
//
// The splitter owns every range: offsets are UTF-16 code units into the source (what editors use).
// It understands what can hide a `;`: quotes ('' and E'\''), quoted identifiers, dollar quotes with tags,
// nested /* */ comments, -- comments, and SQL-standard `BEGIN ATOMIC ... END` function bodies.

export interface Statement {
  /** Source text from the first token to the end of the last token; no trailing `;`. */
  text: string;
  /** UTF-16 offset of the first token. */
  start: number;
  /** UTF-16 offset just past the last token (exclusive; the `;` is not included). */
  end: number;
  /** A statement of a DO block's body (set by the analysis, syntax/doBlock.ts): the index of the DO statement. */
  block?: number;
}

export interface Comment {
  text: string;
  start: number;
  end: number;
  /** True when the comment lies inside a statement (between its first and last token). */
  inStatement: boolean;
  /**
   * The comment starts its line: nothing before it on the line, not even indentation. The Go tools (goose, dbmate,
   * sql-migrate) read their markers only there.
   */
  startsLine: boolean;
}

export interface LexicalProblem {
  message: string;
  start: number;
  end: number;
}

/** A psql meta-command line between statements (`\set x 1`, `\restrict key`): from its backslash to the line's end. */
export interface MetaCommand {
  start: number;
  end: number;
  /** Not a meta-command but the data lines of `COPY ... FROM stdin` (through `\.`), which psql also reads itself. */
  copyData?: true;
}

export interface SplitResult {
  statements: Statement[];
  comments: Comment[];
  /** Unterminated constructs that swallowed the rest of the file. */
  problems: LexicalProblem[];
  /** psql meta-commands, skipped: only psql runs them, so whether they are an error is the tool's business. */
  metaCommands: MetaCommand[];
}

const SEMICOLON = 0x3b;
const QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const DOLLAR = 0x24;
const DASH = 0x2d;
const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** PostgreSQL's whitespace: ASCII only. A no-break space or a stray byte-order mark is part of a token to it. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isIdentStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 0x80;
}

function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c === DOLLAR;
}

/**
 * Tracks the two statements whose bodies hold `;`: `CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END`
 * and `CREATE [OR REPLACE] RULE ... DO (action; action)`. Elsewhere a `;` inside parentheses still ends the
 * statement, so one unbalanced `(` cannot swallow the rest of the file.
 */
class BodyTracker {
  private words: string[] = [];
  private isRoutine = false;
  private afterBegin = false;
  /** Inside a CREATE RULE, `;` within parentheses separates the rule's actions. */
  isRule = false;
  /** The statement is a COPY (whose FROM stdin data follows it). */
  copy = false;
  depth = 0;

  reset(): void {
    this.words = [];
    this.isRoutine = false;
    this.afterBegin = false;
    this.isRule = false;
    this.copy = false;
    this.depth = 0;
  }

  /** Whether the next word can matter: one of a statement's first four, or a routine body's. */
  get listening(): boolean {
    return this.words.length < 4 || this.isRoutine;
  }

  word(lower: string, parenDepth: number): void {
    if (this.words.length < 4) {
      this.words.push(lower);
      const w = this.words;
      const object = w[1] === 'or' && w[2] === 'replace' ? w[3] : w[1];
      this.isRoutine = w[0] === 'create' && (object === 'function' || object === 'procedure');
      this.isRule = w[0] === 'create' && object === 'rule';
      this.copy = w[0] === 'copy';
    }
    if (!this.isRoutine || parenDepth !== 0) return;
    // Only `BEGIN ATOMIC` opens a body: `begin` alone may be a column (`SET begin = begin + 1`).
    const afterBegin = this.afterBegin;
    this.afterBegin = lower === 'begin';
    if (lower === 'atomic' && afterBegin) this.depth++;
    else if (lower === 'case' && this.depth > 0) this.depth++;
    else if (lower === 'end' && this.depth > 0) this.depth--;
  }
}

/** A Liquibase formatted SQL file (its first line says so), and the line that starts a changeset in one. */
const LIQUIBASE_FILE = /^\uFEFF?\s*--\s*liquibase\s+formatted\s+sql/i;
const CHANGESET = /^--\s*changeset\s/i;

/** Only spaces or tabs between the previous line break (or the start) and `i`. */
function atLineStart(source: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = source.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** Column 0: right after a line feed, or the start of the text (after a byte-order mark). */
export function startsLine(source: string, i: number): boolean {
  return i === 0 || source.charCodeAt(i - 1) === 0x0a || (i === 1 && source.charCodeAt(0) === 0xfeff);
}

export function splitStatements(source: string): SplitResult {
  const result: SplitResult = { statements: [], comments: [], problems: [], metaCommands: [] };
  scan(source, 0, result);
  return result;
}

/**
 * Scans `source` from `from`, a point where no statement is open, appending to `result`. Stops early, returning
 * the offset, at the first statement start `stopAt` accepts; returns -1 when it reached the end.
 */
export function scan(source: string, from: number, result: SplitResult, stopAt?: (start: number) => boolean): number {
  const { statements, comments, problems, metaCommands } = result;
  const n = source.length;
  const body = new BodyTracker();

  let escapeStringEnd = -1; // where the last E'' string (or a continuation of one) ended
  let stmtStart = -1; // offset of the current statement's first token, -1 between statements
  let lastTokenEnd = -1;
  let parenDepth = 0;
  let firstCommentOfStatement = comments.length;

  const token = (start: number, end: number): void => {
    if (stmtStart < 0) {
      stmtStart = start;
      firstCommentOfStatement = comments.length;
    }
    lastTokenEnd = end;
  };

  const finishStatement = (): void => {
    if (stmtStart >= 0) {
      statements.push({ text: source.slice(stmtStart, lastTokenEnd), start: stmtStart, end: lastTokenEnd });
      // Comments after the last token belong to the gap, not to the statement.
      for (let k = firstCommentOfStatement; k < comments.length; k++) {
        const c = comments[k];
        c.inStatement = c.start > stmtStart && c.end <= lastTokenEnd;
      }
    }
    stmtStart = -1;
    lastTokenEnd = -1;
    parenDepth = 0;
    body.reset();
  };

  const liquibase = LIQUIBASE_FILE.test(source.slice(0, 200));
  // A byte-order mark an editor left in the text is not part of the first statement (syntax/bom.ts).
  let i = from === 0 && source.charCodeAt(0) === 0xfeff ? 1 : from;
  while (i < n) {
    const c = source.charCodeAt(i);

    if (isSpace(c)) {
      i++;
      continue;
    }
    if (stmtStart < 0 && stopAt && !isCommentStart(source, i, c) && c !== SEMICOLON && stopAt(i)) return i;

    // A psql meta-command (`\set`, `\echo`, `\i`) between statements: psql ends it at the end of its line.
    // Liquibase splits a changeset on a line holding only `GO` (its default delimiters) or `/` (endDelimiter:/).
    if (liquibase && parenDepth === 0 && (c === SLASH || c === 0x47 || c === 0x67) && atLineStart(source, i)) {
      const end = lineEnd(source, i);
      if (/^(go|\/)$/i.test(source.slice(i, end).trim())) {
        finishStatement();
        i = end;
        continue;
      }
    }
    if (c === BACKSLASH && stmtStart < 0) {
      const end = lineEnd(source, i);
      metaCommands.push({ start: i, end });
      i = end;
      continue;
    }

    // -- line comment
    if (c === DASH && source.charCodeAt(i + 1) === DASH) {
      let j = i + 2;
      while (j < n && source.charCodeAt(j) !== 0x0a && source.charCodeAt(j) !== 0x0d) j++;
      // Liquibase ends a changeset's SQL at the next `--changeset` line, `;` or not.
      if (
        stmtStart >= 0 &&
        parenDepth === 0 &&
        liquibase &&
        atLineStart(source, i) &&
        CHANGESET.test(source.slice(i, j))
      )
        finishStatement();
      comments.push({
        text: source.slice(i, j),
        start: i,
        end: j,
        inStatement: stmtStart >= 0,
        startsLine: startsLine(source, i),
      });
      i = j;
      continue;
    }

    // /* block comment */, nested as PostgreSQL nests them
    if (c === SLASH && source.charCodeAt(i + 1) === STAR) {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        const d = source.charCodeAt(j);
        if (d === SLASH && source.charCodeAt(j + 1) === STAR) {
          depth++;
          j += 2;
        } else if (d === STAR && source.charCodeAt(j + 1) === SLASH) {
          depth--;
          j += 2;
        } else j++;
      }
      if (depth > 0) problems.push({ message: 'unterminated /* comment', start: i, end: n });
      comments.push({
        text: source.slice(i, j),
        start: i,
        end: j,
        inStatement: stmtStart >= 0,
        startsLine: startsLine(source, i),
      });
      i = j;
      continue;
    }

    if (c === SEMICOLON) {
      if (body.depth > 0 || (body.isRule && parenDepth > 0)) {
        token(i, i + 1);
        i++;
        continue;
      }
      const copyFromStdin = body.copy && copiesFromStdin(source.slice(stmtStart, lastTokenEnd));
      finishStatement();
      i++;
      // `COPY ... FROM stdin;` (pg_dump, psql, Flyway): data lines follow, up to a line `\.` (or the end).
      if (copyFromStdin) {
        const end = copyDataEnd(source, i);
        const data = source.indexOf('\n', i) + 1;
        if (data > 0 && data < end) metaCommands.push({ start: data, end, copyData: true });
        i = end;
      }
      continue;
    }

    // 'string', E'string', and prefixed forms (B'', X'', U&'', N'') all start with a quote
    if (c === QUOTE) {
      const prev = i > 0 ? source.charCodeAt(i - 1) : 0;
      const prevPrev = i > 1 ? source.charCodeAt(i - 2) : 0;
      // A string that continues an E'' string on a later line (`E'a'\n 'b'`) is one constant with it: escapes too.
      const escapeString =
        ((prev === 0x45 || prev === 0x65) && !(i > 1 && isIdentChar(prevPrev))) ||
        (escapeStringEnd >= 0 && /^\s*[\r\n]\s*$/.test(source.slice(escapeStringEnd, i)));
      const j = skipString(source, i, escapeString);
      escapeStringEnd = escapeString && j >= 0 ? j : -1;
      if (j < 0) {
        problems.push({ message: 'unterminated quoted string', start: i, end: n });
        token(i, n);
        i = n;
        continue;
      }
      token(i, j);
      i = j;
      continue;
    }

    if (c === DOUBLE_QUOTE) {
      const j = skipQuotedIdentifier(source, i);
      if (j < 0) {
        problems.push({ message: 'unterminated quoted identifier', start: i, end: n });
        token(i, n);
        i = n;
        continue;
      }
      token(i, j);
      i = j;
      continue;
    }

    if (c === DOLLAR) {
      const tagEnd = dollarTagEnd(source, i);
      if (tagEnd > 0) {
        const tag = source.slice(i, tagEnd);
        const close = source.indexOf(tag, tagEnd);
        if (close < 0) {
          problems.push({ message: `unterminated dollar-quoted string ${tag}`, start: i, end: n });
          token(i, n);
          i = n;
          continue;
        }
        token(i, close + tag.length);
        i = close + tag.length;
        continue;
      }
      token(i, i + 1);
      i++;
      continue;
    }

    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentChar(source.charCodeAt(j))) j++;
      // Only short words can be keywords the body tracker cares about.
      if (j - i <= 9 && body.listening) body.word(source.slice(i, j).toLowerCase(), parenDepth);
      token(i, j);
      i = j;
      continue;
    }

    if (c === OPEN_PAREN) parenDepth++;
    else if (c === CLOSE_PAREN && parenDepth > 0) parenDepth--;
    // Any other character is a one-character token (operators, digits, punctuation).
    token(i, i + 1);
    i++;
  }
  finishStatement();
  return -1;
}

/** The offset of the end of the line at `i` (before its line break). */
function lineEnd(source: string, i: number): number {
  while (i < source.length && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i++;
  return i;
}

function copiesFromStdin(statement: string): boolean {
  return /^copy\b[\s\S]*\bfrom\s+stdin\b/i.test(statement);
}

/** After `COPY ... FROM stdin;` at `i`: the offset past the data, which starts on the next line and ends at `\.`. */
function copyDataEnd(source: string, i: number): number {
  const dataStart = source.indexOf('\n', i);
  if (dataStart < 0) return source.length;
  const terminator = /^\\\.\r?$/gm;
  terminator.lastIndex = dataStart + 1;
  const end = terminator.exec(source);
  return end ? end.index + 2 : source.length;
}

function isCommentStart(source: string, i: number, c: number): boolean {
  return (c === DASH && source.charCodeAt(i + 1) === DASH) || (c === SLASH && source.charCodeAt(i + 1) === STAR);
}

/** Returns the offset after the closing quote, or -1 when the string never ends. */
function skipString(source: string, open: number, backslashEscapes: boolean): number {
  const n = source.length;
  let j = open + 1;
  while (j < n) {
    const d = source.charCodeAt(j);
    if (backslashEscapes && d === BACKSLASH) {
      j += 2;
      continue;
    }
    if (d === QUOTE) {
      if (source.charCodeAt(j + 1) === QUOTE) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return -1;
}

function skipQuotedIdentifier(source: string, open: number): number {
  const n = source.length;
  let j = open + 1;
  while (j < n) {
    if (source.charCodeAt(j) === DOUBLE_QUOTE) {
      if (source.charCodeAt(j + 1) === DOUBLE_QUOTE) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return -1;
}

/**
 * If a dollar-quote opening tag (`$$` or `$tag$`) starts at `i`, returns the offset after it; else -1.
 * A `$` that continues an identifier (`a$b`) or starts a parameter (`$1`) is not a quote.
 */
function dollarTagEnd(source: string, i: number): number {
  if (i > 0 && isIdentChar(source.charCodeAt(i - 1))) return -1;
  const n = source.length;
  let j = i + 1;
  if (j < n && source.charCodeAt(j) === DOLLAR) return j + 1;
  if (j >= n || !isIdentStart(source.charCodeAt(j))) return -1;
  j++;
  while (j < n) {
    const d = source.charCodeAt(j);
    if (d === DOLLAR) return j + 1;
    if (!isIdentStart(d) && !(d >= 0x30 && d <= 0x39)) return -1;
    j++;
  }
  return -1;
}
