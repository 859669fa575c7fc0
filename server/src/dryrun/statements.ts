// Which statements of a migration file a dry-run executes, in order, and what it must know about each before
// running it (pure: no database). Only the side the tool applies when migrating up runs: the up section of a
// goose/dbmate file; a down script in a file of its own runs whole (its up script is part of its history).
import { statementFacts, StatementFacts, TransactionControl } from '../facts/statementFacts';
import type { MigrationInfo } from '../migrations/tools';
import { splitUnits } from '../migrations/units';
import { readDirectives } from '../syntax/directives';
import { parseStatement, scanTokens } from '../syntax/parse';
import { splitStatements } from '../syntax/split';
import { CopyFromStdin, copyFromStdin, readsStdin } from './copyFromStdin';

export interface PlannedStatement {
  /** UTF-16 offsets into the file. */
  start: number;
  end: number;
  text: string;
  /** The parse node type, e.g. `IndexStmt`; undefined when the statement does not parse (the server will say why). */
  kind?: string;
  facts?: StatementFacts;
  /** BEGIN, COMMIT, ...: the dry-run keeps its own transaction and never runs these. */
  transactionControl?: TransactionControl;
  /** What PostgreSQL refuses to run inside a transaction block, e.g. `CREATE INDEX CONCURRENTLY`. */
  nonTransactional?: string;
  /** The command tag's row count means rows changed (DML, CREATE TABLE AS, SELECT INTO). */
  countsRows: boolean;
  /** `COPY ... FROM STDIN`: the data the tool sends with it, or why it cannot (never sent without data). */
  copyFromStdin?: CopyFromStdin;
}

/** Statements beyond those facts knows about that fail with 25001 inside a transaction block. */
const NON_TRANSACTIONAL_KINDS: Record<string, string> = {
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  AlterSystemStmt: 'ALTER SYSTEM',
  CreateTableSpaceStmt: 'CREATE TABLESPACE',
  DropTableSpaceStmt: 'DROP TABLESPACE',
};

const ROW_COUNTING_KINDS = new Set([
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
  'MergeStmt',
  'CreateTableAsStmt',
  'CopyStmt',
]);

/**
 * The statements to run for `text`, the content of a migration detected as `migration`. Needs loadParser().
 * `side: 'down'` takes the down section of a goose/dbmate file instead (verify-rollback).
 */
export function planStatements(
  text: string,
  migration: Pick<MigrationInfo, 'tool' | 'direction'>,
  side: 'up' | 'down' = 'up',
): PlannedStatement[] {
  const split = splitStatements(text);
  const units = splitUnits(split.statements, readDirectives(split.comments), {
    tool: migration.tool,
    fileDirection: migration.direction,
    assumeInTransaction: false,
  });
  const hasUp = units.some((unit) => unit.direction === 'up');
  const indexes = units
    .filter((unit) => (side === 'down' ? unit.direction === 'down' : !hasUp || unit.direction === 'up'))
    .flatMap((unit) => unit.statements)
    .sort((a, b) => a - b);
  return indexes.map((i) => {
    const statement = split.statements[i];
    const planned: PlannedStatement = {
      start: statement.start,
      end: statement.end,
      text: statement.text,
      countsRows: false,
    };
    const parsed = parseStatement(statement.text);
    if (!parsed.ok) return planned;
    const facts = statementFacts(parsed.kind, parsed.ast);
    planned.kind = parsed.kind;
    planned.facts = facts;
    planned.transactionControl = facts.transaction;
    planned.nonTransactional =
      facts.nonTransactional ??
      NON_TRANSACTIONAL_KINDS[parsed.kind] ??
      (parsed.kind === 'DoStmt' && doBlockEndsTransactions(parsed.ast) ? 'a DO block that COMMITs' : undefined);
    planned.countsRows =
      ROW_COUNTING_KINDS.has(parsed.kind) || (parsed.kind === 'SelectStmt' && Boolean(parsed.ast.intoClause));
    if (readsStdin(parsed.kind, parsed.ast)) {
      const next = split.statements[i + 1]?.start ?? Infinity;
      const data = split.metaCommands.find((m) => m.copyData && m.start >= statement.end && m.start < next);
      planned.copyFromStdin = copyFromStdin(
        statement,
        parsed.ast,
        scanTokens(statement.text),
        text,
        migration.tool,
        data,
      );
    }
    return planned;
  });
}

/**
 * A DO block whose body COMMITs or ROLLBACKs (a batched backfill committing per batch) fails with 2D000 inside a
 * transaction block, like CONCURRENTLY.
 */
function doBlockEndsTransactions(ast: {
  args?: { DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }[];
}): boolean {
  const body = ast.args?.find((a) => a.DefElem?.defname === 'as')?.DefElem?.arg?.String?.sval ?? '';
  return scanTokens(body).some((t) => t.keyword && /^(commit|rollback)$/i.test(t.text));
}
