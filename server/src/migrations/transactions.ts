// Whether each tool wraps a migration in a transaction, as far as files *beside* the migration decide it (Diesel's
// metadata.toml, Flyway's `<script>.conf` and project configuration), and the statement classifiers some tools
// use to run certain statements outside their transaction. Pure: files come through the FileSystemView.
//
// What each tool does on PostgreSQL (and so what `splitUnits` assumes):
//
// | tool           | wraps each unit in a transaction                                     | sends a unit as |
// |----------------|----------------------------------------------------------------------|-----------------|
// | golang-migrate | no (only its version bookkeeping is transactional)                    | one query       |
// | goose          | yes, unless `-- +goose NO TRANSACTION` (whole file)                   | query-wise**    |
// | dbmate         | yes, per section, unless `-- migrate:up transaction:false`            | one query       |
// | sql-migrate    | yes, per direction (all its sections), unless a marker of it says     | query-wise**    |
// |                | `notransaction` (`-- +migrate Up notransaction`)                      |                 |
// | sqlx           | yes, unless the file starts with `-- no-transaction`                  | one query       |
// | Diesel         | yes, unless metadata.toml beside it says `run_in_transaction = false` | one query       |
// | Flyway         | yes, unless `executeInTransaction=false` (`.conf`, `-- flyway:` line,  | statement-wise  |
// |                | config) or it detects a statement that cannot run in one (see below)  |                 |
// | Liquibase      | yes, per changeset, unless `runInTransaction:false`; a plain SQL file | statement-wise* |
// |                | a changelog includes is one changeset (`sqlFile`: its changeSet's)    |                 |
// | Supabase CLI   | no, but one pipelined batch per file is one implicit transaction;     | one batch       |
// |                | statements it classifies as pipeline-incompatible (CONCURRENTLY,      |                 |
// |                | VACUUM, ...) run on their own between batches                         |                 |
// | Hasura         | yes, unless the first line is `-- hasura:no-transaction` (its CLI     | one query       |
// |                | sends each file as one `run_sql` string)                              |                 |
// | Prisma         | no                                                                    | one query       |
// | sqitch         | no (psql runs the script; its templates write BEGIN/COMMIT)           | statement-wise  |
// | plain          | unknown: no (unless `assumeInTransaction`); drizzle-kit's folder: yes  | statement-wise  |
// |                | (its migrator runs all pending migrations in one transaction); Atlas's |                 |
// |                | folder (`atlas.sum`): yes, per file, unless `-- atlas:txmode none`     |                 |
// |                | node-pg-migrate's `-- Up Migration` sections, when a package.json      |                 |
// |                | above the file depends on it: yes, per section                         |                 |
//
// "One query": the tool hands the whole unit to the driver as one multi-statement simple query, and PostgreSQL
// runs such a query as one implicit transaction when it holds more than one statement, so CONCURRENTLY/VACUUM
// fail there even though the tool opened no transaction. (*Liquibase with `splitStatements:false`, and a plain
// SQL file a changelog includes, which Liquibase's SqlChangeLogParser sends whole.) (**goose ends a query only at a
// line whose last word ends with `;`, or at `-- +goose StatementEnd`: statements sharing a line are one query;
// sql-migrate splits the same way, at `-- +migrate StatementEnd`.)
import * as path from 'path';
import { liquibasePlace } from './liquibase';
import type { FileSystemView, MigrationTool } from './tools';

export interface ToolTransactionSettings {
  /** An explicit setting from a file beside the migration; undefined leaves the tool's default. */
  runInTransaction?: boolean;
  /** Where runInTransaction came from, for messages (`metadata.toml`, `V3__index.sql.conf`, `flyway.toml`). */
  source?: string;
  /** Flyway `mixed` (project configuration): a migration may mix transactional and non-transactional statements. */
  mixed?: boolean;
  /**
   * Liquibase: a changelog runs this plain SQL file as one changeset (`include`, or `sqlFile` in a changeSet);
   * `singleQuery` when it sends the file as one string (an included file; `splitStatements="false"`).
   */
  liquibase?: { sqlFile: boolean; singleQuery: boolean };
  /**
   * A plain file's project depends on node-pg-migrate (a package.json above it lists it), so its `-- Up Migration`
   * / `-- Down Migration` sections run in node-pg-migrate's transaction.
   */
  nodePgMigrate?: boolean;
}

/**
 * Reads what files beside `file` say about running it in a transaction: Diesel's `metadata.toml`
 * (`run_in_transaction = false`), Flyway's script configuration `<script>.conf` (`executeInTransaction=false`)
 * and the project's `flyway.conf` / `flyway.toml` (`executeInTransaction`, `mixed`) in the folders above it, and
 * for a plain file whether its project depends on node-pg-migrate. Needs `view.read`; without it every setting is
 * unknown (the tool's default applies).
 */
export function toolTransactionSettings(
  file: string,
  tool: MigrationTool | null,
  view: FileSystemView,
): ToolTransactionSettings {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  if (!view.read) return {};
  if (tool === 'diesel') {
    const metadata = path.join(dir, 'metadata.toml');
    const text = (view.list(dir) ?? []).includes('metadata.toml') ? view.read(metadata) : undefined;
    const value = text !== undefined ? /^\s*run_in_transaction\s*=\s*(true|false)\b/m.exec(text)?.[1] : undefined;
    return value ? { runInTransaction: value === 'true', source: 'metadata.toml' } : {};
  }
  const node: ToolTransactionSettings =
    tool === 'plain' && dependsOnNodePgMigrate(dir, view) ? { nodePgMigrate: true } : {};
  // drizzle-kit's output folder: its migrator applies every pending migration inside one transaction.
  if (tool === 'plain' && (view.list(path.join(dir, 'meta')) ?? []).includes('_journal.json')) {
    return { runInTransaction: true, source: 'meta/_journal.json', ...node };
  }
  // Atlas's migration directory (its checksum file beside the scripts): a transaction per file by default.
  if (tool === 'plain' && (view.list(dir) ?? []).includes('atlas.sum')) {
    return { runInTransaction: true, source: 'atlas.sum', ...node };
  }
  if (tool === 'plain') return node;
  if (tool === 'liquibase') return liquibaseSettings(abs, view);
  if (tool !== 'flyway') return {};
  const settings: ToolTransactionSettings = {};
  // The project configuration: nearest flyway.conf / flyway.toml (also in conf/) above the script.
  let current = dir;
  for (let level = 0; level < 6; level++) {
    const names = view.list(current) ?? [];
    const candidates = [
      ...['flyway.toml', 'flyway.conf'].filter((n) => names.includes(n)).map((n) => path.join(current, n)),
      ...(names.includes('conf') ? ['flyway.toml', 'flyway.conf'].map((n) => path.join(current, 'conf', n)) : []),
    ];
    const found = candidates.map((c) => [c, view.read!(c)] as const).find(([, text]) => text !== undefined);
    if (found) {
      const [config, text] = found as readonly [string, string];
      const execute = configValue(text, 'executeInTransaction');
      if (execute !== undefined) {
        settings.runInTransaction = execute;
        settings.source = path.basename(config);
      }
      settings.mixed = configValue(text, 'mixed');
      break;
    }
    // Spring Boot, Flyway's most common host, configures it in application.properties / application.yml
    // (src/main/resources, above db/migration).
    const spring = SPRING_CONFIGS.filter((n) => names.includes(n)).map((n) => view.read!(path.join(current, n)));
    const mixed = spring.map((text) => (text === undefined ? undefined : springFlywayMixed(text))).find(Boolean);
    if (mixed) {
      settings.mixed = true;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  // Script configuration wins over the project's.
  const conf = `${path.basename(abs)}.conf`;
  const script = (view.list(dir) ?? []).includes(conf) ? view.read(path.join(dir, conf)) : undefined;
  const execute = script !== undefined ? configValue(script, 'executeInTransaction') : undefined;
  if (execute !== undefined) {
    settings.runInTransaction = execute;
    settings.source = conf;
  }
  return settings;
}

/**
 * A package.json in `dir` or up to five folders above it (a package's own, or its workspace root's) that lists
 * node-pg-migrate among its dependencies.
 */
function dependsOnNodePgMigrate(dir: string, view: FileSystemView): boolean {
  let current = dir;
  for (let level = 0; level < 6; level++) {
    if ((view.list(current) ?? []).includes('package.json')) {
      const text = view.read!(path.join(current, 'package.json'));
      if (text !== undefined && /"node-pg-migrate"\s*:/.test(text)) return true;
    }
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
  return false;
}

/** How the changelog that lists a plain (not formatted) SQL file runs it; nothing for a formatted one. */
function liquibaseSettings(abs: string, view: FileSystemView): ToolTransactionSettings {
  const place = liquibasePlace(abs, view);
  if (!place || /^\s*--\s*liquibase\s+formatted\s+sql/im.test(view.read?.(abs)?.slice(0, 65536) ?? '')) return {};
  const { changelog, sqlFile } = place.entries[place.index];
  return {
    runInTransaction: sqlFile?.runInTransaction ?? true,
    source: path.basename(changelog),
    liquibase: { sqlFile: sqlFile !== undefined, singleQuery: sqlFile ? !sqlFile.splitStatements : true },
  };
}

const SPRING_CONFIGS = ['application.properties', 'application.yml', 'application.yaml'];

/** `spring.flyway.mixed=true` (.properties), or `mixed: true` under `spring:` / `flyway:` (.yml). */
function springFlywayMixed(text: string): boolean {
  if (/^\s*spring\.flyway\.mixed\s*[=:]\s*true\s*$/im.test(text)) return true;
  return (
    /^[ \t]*flyway:[ \t]*\r?\n(?:[ \t]+[^\n]*\r?\n)*?[ \t]+mixed:[ \t]*true\b/m.test(text) && /^spring:/m.test(text)
  );
}

/** `flyway.key=value` (.conf), `key = value` ([flyway] in .toml), or `key=value` (script .conf). */
function configValue(text: string, key: string): boolean | undefined {
  const match = new RegExp(`^\\s*(?:flyway\\.)?${key}\\s*=\\s*"?(true|false)"?\\s*$`, 'mi').exec(text);
  return match ? match[1].toLowerCase() === 'true' : undefined;
}

/** The first keywords of a statement, upper-cased and single-spaced (comments and quoted text dropped). */
function simplified(text: string, words = 10): string {
  return text
    .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, ' ')
    .split(/[\s(;]+/)
    .filter((w) => w !== '')
    .slice(0, words)
    .join(' ')
    .toUpperCase();
}

// Flyway's PostgreSQLParser.detectCanExecuteInTransaction, matched against the first ten keywords as Flyway does.
const FLYWAY_NON_TRANSACTIONAL = [
  /^(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)\b/,
  /^ALTER SYSTEM\b/,
  /^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY\b/,
  /^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)\b/,
  /^VACUUM\b/,
  /^DISCARD ALL\b/,
];
/** Flyway also runs this outside a transaction on a database older than 12, where it cannot run in one. */
const FLYWAY_ADD_VALUE = /^ALTER TYPE( .*)? ADD VALUE\b/;

/** True for a statement Flyway (on PostgreSQL `pgVersion`) decides cannot run in a transaction. */
export function flywayNonTransactional(statement: string, pgVersion = 18): boolean {
  const words = simplified(statement);
  return FLYWAY_NON_TRANSACTIONAL.some((re) => re.test(words)) || (pgVersion < 12 && FLYWAY_ADD_VALUE.test(words));
}

// The Supabase CLI's pipeline-incompatible classifier (supabase/cli `isPipelineIncompatible`, v2.109+): these run
// on their own, outside the migration's batch transaction.
const SUPABASE_STANDALONE = [
  /^CREATE( UNIQUE)? INDEX CONCURRENTLY\b/,
  /^DROP INDEX CONCURRENTLY\b/,
  /^REINDEX\b.*\bCONCURRENTLY\b/,
  /^VACUUM\b/,
  /^ALTER SYSTEM\b/,
  /^CLUSTER\b/,
];

/** True for a statement the Supabase CLI runs by itself outside the migration's transaction. */
export function supabaseStandalone(statement: string): boolean {
  const words = simplified(statement);
  return SUPABASE_STANDALONE.some((re) => re.test(words));
}
