// `COPY ... FROM STDIN` in a migration: the server waits for data from the client, so the dry-run must know before
// sending it what the migration tool would send. psql (plain files, sqitch, Liquibase's runWith:psql) and Flyway
// send the lines after the statement, up to `\.`; every other tool sends SQL only, and the statement fails there.
// Sent without data, the run hangs: PGlite spins until its worker is stopped at the statement timeout, and
// node-postgres gives up on the COPY but leaves the server waiting for a Sync, so the next query never returns.
import type { MigrationTool } from '../migrations/tools';
import { metaCommandError, sqlSenderName } from '../rules/syntax-error';
import type { AstNode, Token } from '../syntax/parse';
import type { MetaCommand } from '../syntax/split';
import type { Database, QueryResult } from './database';

export interface CopyFromStdin {
  /** The STDIN keyword: UTF-16 offsets into the statement's text. */
  stdin: { start: number; end: number };
  /** The data the tool sends: the lines after the statement, without the closing `\.` line. */
  data?: {
    text: string;
    /** Where `text` starts in the file. */
    start: number;
    /** Text format: each line is one row, so the server's "line N" is the data's Nth line (not so in CSV). */
    linePerRow: boolean;
  };
  /** Why the tool cannot send the data, and what to do instead, when it cannot. */
  unfed?: string;
}

/** `COPY ... FROM STDIN` (a file or PROGRAM has a filename; TO has no is_from). */
export function readsStdin(kind: string, ast: AstNode): boolean {
  return kind === 'CopyStmt' && ast.is_from === true && ast.filename === undefined;
}

/**
 * What the tool does with the COPY FROM STDIN statement `statement` (offsets into `fileText`): the data it sends,
 * or why it cannot. `tokens` are the statement's; `dataLines` is the splitter's copyData range after it, if any.
 */
export function copyFromStdin(
  statement: { text: string; end: number },
  ast: AstNode,
  tokens: readonly Token[],
  fileText: string,
  tool: MigrationTool | null,
  dataLines: MetaCommand | undefined,
): CopyFromStdin {
  const keyword = tokens.findIndex((t, k) => /^stdin$/i.test(t.text) && /^from$/i.test(tokens[k - 1]?.text ?? ''));
  const at = tokens[keyword] ?? { start: 0, end: statement.text.length };
  const stdin = { start: at.start, end: at.end };
  // The lint's own test for who sends the lines (an empty range right after the statement when there are none).
  const lines = dataLines ?? { start: statement.end, end: statement.end, copyData: true as const };
  if (metaCommandError(tool, fileText, lines) !== undefined) {
    const name = sqlSenderName(tool) ?? 'the migration tool';
    return {
      stdin,
      unfed:
        `${name} sends the file's SQL to the server and has no data to send for COPY ... FROM STDIN (only psql ` +
        'and Flyway send the lines that follow it): the statement fails there, so the dry-run did not run it. Load ' +
        "the rows with INSERT, with COPY ... FROM '<a file on the database server>', or with psql's \\copy " +
        'outside the migration',
    };
  }
  let text = dataLines ? fileText.slice(dataLines.start, dataLines.end) : '';
  if (/(^|\n)\\\.$/.test(text)) text = text.slice(0, -2);
  return { stdin, data: { text, start: dataLines?.start ?? statement.end, linePerRow: textFormat(ast) } };
}

function textFormat(ast: AstNode): boolean {
  const options = (ast.options ?? []) as { DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }[];
  const format = options.find((o) => o.DefElem?.defname === 'format')?.DefElem?.arg?.String?.sval;
  return format === undefined || format.toLowerCase() === 'text';
}

/** Runs a statement as its tool sends it: a COPY FROM STDIN with the data that follows it in the file. */
export function send(db: Database, statement: { text: string; copyFromStdin?: CopyFromStdin }): Promise<QueryResult> {
  const copy = statement.copyFromStdin;
  return copy?.data ? db.copyFrom(statement.text, copy.data.text, copy.stdin) : db.query(statement.text);
}

/**
 * The file offsets of the data line a COPY error names in its context (`COPY t, line 3, column a: "x"`), or
 * undefined when it names none or the line cannot be placed.
 */
export function failedDataLine(
  copy: CopyFromStdin | undefined,
  where: string | undefined,
): { start: number; end: number } | undefined {
  const line = where && /^COPY [^\n]*?, line (\d+)/.exec(where);
  if (!copy?.data?.linePerRow || !line) return undefined;
  const text = copy.data.text;
  let start = 0;
  for (let n = 1; n < Number(line[1]); n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  if (start >= text.length) return undefined;
  const end = text.indexOf('\n', start);
  const lineEnd = (end < 0 ? text.length : end) - (text[end - 1] === '\r' ? 1 : 0);
  return { start: copy.data.start + start, end: copy.data.start + Math.max(lineEnd, start + 1) };
}
