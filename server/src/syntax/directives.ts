// Comments that mean something: Sluice suppressions and migration-tool markers (goose, dbmate and sql-migrate
// sections, Liquibase changesets and rollbacks, sqlx `-- no-transaction`, Flyway `-- flyway:executeInTransaction=`).
// goose, dbmate and sql-migrate read a marker only at the start of a line: an indented one is an ordinary comment.
import type { Comment } from './split';

export interface IgnoreDirective {
  type: 'ignore' | 'ignore-file';
  /** Rule ids as written. */
  rules: string[];
  reason?: string;
  start: number;
  end: number;
  /** Offset of each rule token within the file, for precise diagnostics on unknown ids. */
  ruleOffsets: number[];
}

export interface SectionMarker {
  tool: 'goose' | 'dbmate' | 'sql-migrate' | 'liquibase' | 'sqlx' | 'flyway' | 'node-pg-migrate' | 'atlas';
  /**
   * up/down start a goose/dbmate/sql-migrate section; a Liquibase `changeset` starts a changeset and `rollback`
   * belongs to the one before it; no-transaction applies to the whole file (goose, sqlx, Flyway, Atlas) or its
   * section (dbmate, sql-migrate: on the up/down marker); `transaction` is Flyway's explicit
   * `executeInTransaction=true`; goose and sql-migrate `StatementBegin`/`StatementEnd` enclose what the tool sends
   * as one query.
   */
  type:
    | 'up'
    | 'down'
    | 'no-transaction'
    | 'transaction'
    | 'changeset'
    | 'rollback'
    | 'statement-begin'
    | 'statement-end'
    | 'other';
  /**
   * dbmate `transaction:false` and sql-migrate `notransaction` on the section marker; Liquibase
   * `runInTransaction:false` on the changeset.
   */
  noTransaction: boolean;
  /** Liquibase `--changeset author:id attribute:value ...`. */
  changeset?: LiquibaseChangeset;
  start: number;
  end: number;
}

export interface LiquibaseChangeset {
  author: string;
  id: string;
  /** `runInTransaction` (default true). */
  runInTransaction: boolean;
  /** `splitStatements` (default true): false sends the whole changeset to the driver as one statement. */
  splitStatements: boolean;
  /** `endDelimiter`, when set. */
  endDelimiter?: string;
  /** False for a changeset Liquibase skips on PostgreSQL: `ignore:true`, or a `dbms:` list that leaves it out. */
  runsOnPostgres: boolean;
}

/** Liquibase's `dbms:` list (`postgresql,oracle`, `!h2`, `all`, `none`): does it include PostgreSQL? */
function dbmsIncludesPostgres(list: string | undefined): boolean {
  if (list === undefined) return true;
  const entries = list
    .toLowerCase()
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.includes('!postgresql')) return false;
  const named = entries.filter((e) => !e.startsWith('!'));
  return named.length === 0 || named.includes('all') || named.includes('postgresql');
}

export interface Directives {
  ignores: IgnoreDirective[];
  markers: SectionMarker[];
}

const IGNORE = /^--\s*sluice-ignore(-file)?(?=[\s:]|$)(.*)$/;
const GOOSE = /^--\s*\+goose\s+(\w+)(?:\s+(\w+))?/i;
const DBMATE = /^--\s*migrate:(up|down)\b(.*)$/;
/**
 * sql-migrate: a line starting with exactly `-- +migrate ` (case-sensitive), then the command and its options as
 * whitespace-separated words (`-- +migrate Up notransaction`).
 */
const SQL_MIGRATE = /^-- \+migrate (.*)$/;
const SQL_MIGRATE_COMMANDS: Record<string, SectionMarker['type']> = {
  Up: 'up',
  Down: 'down',
  StatementBegin: 'statement-begin',
  StatementEnd: 'statement-end',
};
/**
 * node-pg-migrate's SQL migrations: `-- Up Migration` and `-- Down Migration`, matched as loosely as it does (any
 * case, more dashes, any words after), but only where it looks: a comment at the start of a line (it also allows
 * indentation there, which Sluice does not read).
 */
const NODE_PG_MIGRATE = /^--[\s-]*(up|down)\s+migration/i;
// Liquibase's own patterns are case-insensitive and allow spaces after `--`.
const LIQUIBASE_CHANGESET = /^--\s*changeset\s+("[^"]+"|[^:\s]+):\s*("[^"]+"|\S+)(.*)$/i;
const LIQUIBASE_ROLLBACK = /^(?:--\s*rollback\b|\/\*\s*liquibase\s+rollback\b)/i;
const FLYWAY_SCRIPT_CONFIG = /^--\s*flyway:executeInTransaction\s*=\s*(true|false)\b/i;
/** Atlas's file directive: `none` runs the file outside a transaction (`file`, `all`: in one). */
const ATLAS_TXMODE = /^--\s*atlas:txmode\s+(none|file|all)\b/i;
// sqlx: `sql.starts_with("-- no-transaction")`, the file's very first bytes.
const SQLX_NO_TRANSACTION = '-- no-transaction';

export function readDirectives(comments: readonly Comment[]): Directives {
  const ignores: IgnoreDirective[] = [];
  const markers: SectionMarker[] = [];
  for (const c of comments) {
    if (c.inStatement) continue;
    if (LIQUIBASE_ROLLBACK.test(c.text)) {
      markers.push({ tool: 'liquibase', type: 'rollback', noTransaction: false, start: c.start, end: c.end });
      continue;
    }
    if (!c.text.startsWith('--')) continue;
    const ignore = IGNORE.exec(c.text);
    if (ignore) {
      ignores.push(parseIgnore(c, ignore[1] ? 'ignore-file' : 'ignore', ignore[2]));
      continue;
    }
    const goose = c.startsLine ? GOOSE.exec(c.text) : null;
    if (goose) {
      const word = goose[1].toLowerCase();
      const type =
        word === 'up'
          ? 'up'
          : word === 'down'
            ? 'down'
            : word === 'no' && /transaction/i.test(goose[2] ?? '')
              ? 'no-transaction'
              : word === 'statementbegin'
                ? 'statement-begin'
                : word === 'statementend'
                  ? 'statement-end'
                  : 'other';
      markers.push({ tool: 'goose', type, noTransaction: false, start: c.start, end: c.end });
      continue;
    }
    const nodePgMigrate = c.startsLine ? NODE_PG_MIGRATE.exec(c.text) : null;
    if (nodePgMigrate) {
      const type = nodePgMigrate[1].toLowerCase() === 'up' ? 'up' : 'down';
      markers.push({ tool: 'node-pg-migrate', type, noTransaction: false, start: c.start, end: c.end });
      continue;
    }
    const sqlMigrate = c.startsLine ? SQL_MIGRATE.exec(c.text) : null;
    if (sqlMigrate) {
      const [command, ...options] = sqlMigrate[1].trim().split(/\s+/);
      const type = SQL_MIGRATE_COMMANDS[command] ?? 'other';
      const noTransaction = (type === 'up' || type === 'down') && options.includes('notransaction');
      markers.push({ tool: 'sql-migrate', type, noTransaction, start: c.start, end: c.end });
      continue;
    }
    const dbmate = c.startsLine ? DBMATE.exec(c.text) : null;
    if (dbmate) {
      markers.push({
        tool: 'dbmate',
        type: dbmate[1] as 'up' | 'down',
        noTransaction: /\btransaction:\s*false\b/.test(dbmate[2]),
        start: c.start,
        end: c.end,
      });
      continue;
    }
    const changeset = LIQUIBASE_CHANGESET.exec(c.text);
    if (changeset) {
      const attributes = changeset[3];
      const flag = (name: string): string | undefined =>
        new RegExp(`\\b${name}:\\s*(\\w+)`, 'i').exec(attributes)?.[1]?.toLowerCase();
      const info: LiquibaseChangeset = {
        author: changeset[1].replace(/^"|"$/g, ''),
        id: changeset[2].replace(/^"|"$/g, ''),
        runInTransaction: flag('runInTransaction') !== 'false',
        splitStatements: flag('splitStatements') !== 'false',
        endDelimiter: /\bendDelimiter:(\S*)/i.exec(attributes)?.[1],
        runsOnPostgres: flag('ignore') !== 'true' && dbmsIncludesPostgres(/\bdbms:(\S*)/i.exec(attributes)?.[1]),
      };
      markers.push({
        tool: 'liquibase',
        type: 'changeset',
        noTransaction: !info.runInTransaction,
        changeset: info,
        start: c.start,
        end: c.end,
      });
      continue;
    }
    const flyway = FLYWAY_SCRIPT_CONFIG.exec(c.text);
    if (flyway) {
      const off = flyway[1].toLowerCase() === 'false';
      const type = off ? 'no-transaction' : 'transaction';
      markers.push({ tool: 'flyway', type, noTransaction: off, start: c.start, end: c.end });
      continue;
    }
    const atlas = ATLAS_TXMODE.exec(c.text);
    if (atlas) {
      const off = atlas[1].toLowerCase() === 'none';
      markers.push({
        tool: 'atlas',
        type: off ? 'no-transaction' : 'transaction',
        noTransaction: off,
        start: c.start,
        end: c.end,
      });
      continue;
    }
    if (c.start === 0 && c.text.startsWith(SQLX_NO_TRANSACTION)) {
      markers.push({ tool: 'sqlx', type: 'no-transaction', noTransaction: true, start: c.start, end: c.end });
    }
  }
  return { ignores, markers };
}

function parseIgnore(c: Comment, type: IgnoreDirective['type'], rest: string): IgnoreDirective {
  const colon = rest.indexOf(':');
  const list = colon >= 0 ? rest.slice(0, colon) : rest;
  const reason = colon >= 0 ? rest.slice(colon + 1).trim() || undefined : undefined;
  const restOffset = c.start + (c.text.length - rest.length);
  const rules: string[] = [];
  const ruleOffsets: number[] = [];
  const token = /[^\s,]+/g;
  for (let m = token.exec(list); m; m = token.exec(list)) {
    rules.push(m[0]);
    ruleOffsets.push(restOffset + m.index);
  }
  return { type, rules, reason, start: c.start, end: c.end, ruleOffsets };
}

/** `-- sluice-reconcile: SELECT sum(amount_cents) FROM charges`: an invariant verify-rollback compares. */
export interface ReconcileDirective {
  /** The query as written after the colon. */
  query: string;
  /** The comment's offsets in the file. */
  start: number;
  end: number;
}

const RECONCILE = /^--\s*sluice-reconcile\s*:\s*(.*?)\s*;?\s*$/;

/** The reconcile invariants declared in a file's comments, in order (empty queries are left out). */
export function readReconcileDirectives(comments: readonly Comment[]): ReconcileDirective[] {
  const found: ReconcileDirective[] = [];
  for (const c of comments) {
    const match = c.inStatement ? null : RECONCILE.exec(c.text);
    if (match && match[1] !== '') found.push({ query: match[1], start: c.start, end: c.end });
  }
  return found;
}

/** goose's ENVSUB annotations: on their own line, no leading whitespace, any case (goose's own rules). */
const GOOSE_ENVSUB = /^--[ \t]*\+goose[ \t]+envsub[ \t]+(on|off)[ \t\r]*$/gim;

/**
 * Where goose substitutes environment variables (`-- +goose ENVSUB ON` up to `-- +goose ENVSUB OFF` or the end):
 * [start, end) offsets of the text between the annotation lines. goose reads the file line by line and expands
 * each line it reads while ENVSUB is on, so a region is lines, whatever statement they belong to.
 */
export function gooseEnvsubRegions(text: string): [number, number][] {
  if (!/envsub/i.test(text)) return [];
  const regions: [number, number][] = [];
  let from: number | undefined;
  for (const m of text.matchAll(GOOSE_ENVSUB)) {
    if (m[1].toLowerCase() === 'on') {
      if (from === undefined) {
        const newline = text.indexOf('\n', m.index!);
        from = newline < 0 ? text.length : newline + 1;
      }
    } else if (from !== undefined) {
      regions.push([from, m.index!]);
      from = undefined;
    }
  }
  if (from !== undefined) regions.push([from, text.length]);
  return regions;
}
