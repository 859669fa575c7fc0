import type { MigrationTool } from '../migrations/tools';
import type { MetaCommand } from '../syntax/split';
import type { Rule } from './rule';

/** Reported by the engine for statements PostgreSQL's parser rejects; every other statement is still analysed. */
export const syntaxError: Rule = {
  meta: {
    id: 'syntax-error',
    severity: 'error',
    summary: 'A statement PostgreSQL cannot parse.',
    safeWay: 'Fix the statement at the marked token; PostgreSQL would reject the whole migration here.',
  },
  create: () => ({
    parseError(ctx) {
      ctx.report({ message: ctx.message, start: ctx.start, end: ctx.end });
    },
  }),
};

/** The tools that send a file's SQL to the server themselves; a plain folder and sqitch are run with psql. */
const SENT_TO_SERVER: Partial<Record<MigrationTool, string>> = {
  'golang-migrate': 'golang-migrate',
  flyway: 'Flyway',
  dbmate: 'dbmate',
  goose: 'goose',
  prisma: 'Prisma',
  diesel: 'Diesel',
  sqlx: 'sqlx',
  supabase: 'Supabase',
  liquibase: 'Liquibase',
  hasura: 'Hasura',
  'sql-migrate': 'sql-migrate',
};

/** How a tool that sends a file's SQL to the server itself spells its name; undefined for psql-run files. */
export function sqlSenderName(tool: MigrationTool | null): string | undefined {
  return tool ? SENT_TO_SERVER[tool] : undefined;
}

const LIQUIBASE_FILE = /^\uFEFF?\s*--\s*liquibase\s+formatted\s+sql/i;
const CHANGESET_LINE = /^[ \t]*--[ \t]*changeset[ \t].*$/gim;

/**
 * A Liquibase changeset with `runWith:psql` runs through psql. Only a formatted SQL file says which changeset a
 * line is in: a plain SQL file's changeset (sqlFile in an XML changelog) may say runWith there, unseen.
 */
function liquibaseRunsPsql(text: string, offset: number): boolean {
  if (!LIQUIBASE_FILE.test(text.slice(0, 200))) return true;
  let header = '';
  for (const m of text.slice(0, offset).matchAll(CHANGESET_LINE)) header = m[0];
  return /\brunWith:\s*psql\b/i.test(header);
}

/**
 * A psql meta-command (`\restrict key`, `\set ...`) in a file a tool sends to the server itself: PostgreSQL
 * answers `syntax error at or near "\"` and the migration fails there. pg_dump 15.14, 16.10, 17.6 and later write
 * `\restrict` and `\unrestrict` into every plain dump, and dumps become baselines. Undefined where psql runs it.
 */
export function metaCommandError(
  tool: MigrationTool | null,
  text: string,
  command: MetaCommand,
): { message: string; start: number; end: number } | undefined {
  const name = sqlSenderName(tool);
  if (!name || (tool === 'liquibase' && liquibaseRunsPsql(text, command.start))) return undefined;
  if (command.copyData) {
    // Flyway streams COPY ... FROM STDIN data itself; the other tools send the lines as SQL.
    if (tool === 'flyway') return undefined;
    const first = /^[^\t\r\n]*/.exec(text.slice(command.start, command.end))?.[0] ?? '';
    return {
      message: `COPY ... FROM stdin data (pg_dump writes it for psql): ${name} sends the lines to the server as SQL, which cannot run them (syntax error at or near the first value); load the rows with INSERT, or run the file with psql`,
      start: command.start,
      end: command.start + Math.max(1, first.length),
    };
  }
  const word = /^\\[^\s\\]*/.exec(text.slice(command.start, command.end))?.[0] ?? '\\';
  const dumped = word === '\\restrict' || word === '\\unrestrict' ? ' (pg_dump writes it for psql)' : '';
  return {
    message: `${word} is a psql meta-command${dumped}: ${name} sends the SQL to the server, which cannot run it (syntax error at or near "\\"); remove the line`,
    start: command.start,
    end: command.start + word.length,
  };
}
