// Which migration tool a .sql file belongs to, decided from its path, its first lines and its folder.
// Pure: the caller passes a view of the file system (so the CLI and the language server share it).
import * as path from 'path';
import { cargoOtherDatabase } from './cargoDatabase';
import { HASURA_MIGRATION_FOLDER, isHasuraScript } from './hasura';
import { liquibasePlace } from './liquibase';
import { supabaseApplies } from './naming';

export type MigrationTool =
  | 'golang-migrate'
  | 'flyway'
  | 'dbmate'
  | 'goose'
  | 'sqitch'
  | 'prisma'
  | 'diesel'
  | 'sqlx'
  | 'supabase'
  | 'liquibase'
  | 'hasura'
  | 'sql-migrate'
  | 'plain';

export const MIGRATION_TOOLS: readonly MigrationTool[] = [
  'golang-migrate',
  'flyway',
  'dbmate',
  'goose',
  'sqitch',
  'prisma',
  'diesel',
  'sqlx',
  'supabase',
  'liquibase',
  'hasura',
  'sql-migrate',
  'plain',
];

export interface FileSystemView {
  /** Names of the entries in a folder, or undefined when it cannot be read. */
  list(dir: string): readonly string[] | undefined;
  /**
   * The text of a file, or undefined when it cannot be read. Optional: without it, whatever lives in another
   * file (sqitch.plan, Diesel's metadata.toml, Flyway's `.conf`, a Liquibase master changelog) counts as unknown.
   */
  read?(file: string): string | undefined;
}

export interface MigrationInfo {
  isMigration: boolean;
  tool: MigrationTool | null;
  /** Up or down, for tools that keep down scripts in their own files. */
  direction: 'up' | 'down';
}

export interface DetectOptions {
  /** Absolute folder globs from the configuration; when given, they alone decide what is a migration. */
  migrationDirs?: readonly string[];
}

const NOT_A_MIGRATION: MigrationInfo = { isMigration: false, tool: null, direction: 'up' };

const GOLANG_MIGRATE = /^\d+_.+\.(up|down)\.sql$/i;
const FLYWAY = /^(V|U)\d+(?:[._]\d+)*__.+\.sql$|^R__.+\.sql$/;
const NUMBERED = /^\d+(?:[_-].*)?\.sql$/i;
// diesel_cli names a migration's folder 2024-01-01-000000_name, and since 2.3 2024-01-01-000000-0000_name.
const DIESEL_DIR = /^\d{4}-\d{2}-\d{2}-\d{6}(?:-\d{4})?_.+|^\d{14}_.+/;

/**
 * sql-migrate's direction marker: a line starting with exactly `-- +migrate `, then `Up` or `Down` (case-sensitive).
 * Its folder is whatever the project configures (`migrations/`, `sql/`), so the marker alone tells.
 */
const SQL_MIGRATE_MARKER = /^-- \+migrate[ \t]+(Up|Down)(?![^\s])/m;

/**
 * Reads the markers a tool writes into its migrations (only the first lines matter, so cheap on huge files). The
 * markers cannot be mistaken for one another (`-- +goose Up`, `-- migrate:up`, `-- +migrate Up`); a file holding
 * two tools' markers is taken for the first tool checked.
 */
function contentTool(text: string): MigrationTool | null {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (/^\s*--\s*\+goose\s+(up|down)\b/im.test(head)) return 'goose';
  if (/^\s*--\s*migrate:(up|down)\b/m.test(head)) return 'dbmate';
  if (SQL_MIGRATE_MARKER.test(head)) return 'sql-migrate';
  if (/^\s*--\s*liquibase\s+formatted\s+sql/im.test(head)) return 'liquibase';
  return null;
}

function hasAncestor(dir: string, test: (name: string, full: string) => boolean, depth = 6): boolean {
  let current = dir;
  for (let i = 0; i < depth; i++) {
    if (test(path.basename(current), current)) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
  return false;
}

/** Files that mark the root of a project in another language than Rust (sqlx is a Rust crate). */
const OTHER_PROJECT_ROOTS = [
  'go.mod',
  'package.json',
  'pyproject.toml',
  'Gemfile',
  'composer.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'mix.exs',
];

/**
 * A Cargo.toml in `dir` or up to five folders above it, with no other language's project root nearer (a Go
 * service's golang-migrate folder inside a Cargo workspace is not sqlx's).
 */
function rustProject(dir: string, fs: FileSystemView): boolean {
  return cargoManifest(dir, fs) !== undefined;
}

/** The path of that Cargo.toml, or undefined. */
function cargoManifest(dir: string, fs: FileSystemView): string | undefined {
  let found: string | undefined;
  hasAncestor(dir, (_name, full) => {
    const names = fs.list(full) ?? [];
    if (names.includes('Cargo.toml')) found = path.join(full, 'Cargo.toml');
    return found !== undefined || OTHER_PROJECT_ROOTS.some((root) => names.includes(root));
  });
  return found;
}

/**
 * Folder names that say a location's scripts are for another database than PostgreSQL: Spring Boot's
 * `db/migration/{vendor}` (its DatabaseDriver ids) and common spellings. Sluice lints for PostgreSQL, so such a
 * folder never joins the sequence of a script outside it (`postgresql/` beside `mysql/`).
 */
const OTHER_VENDORS = new Set([
  'mysql',
  'mariadb',
  'h2',
  'hsqldb',
  'derby',
  'sqlite',
  'oracle',
  'sqlserver',
  'mssql',
  'jtds',
  'db2',
  'db2_as400',
  'firebird',
  'informix',
  'hana',
  'teradata',
  'redshift',
  'phoenix',
  'clickhouse',
  'cockroachdb',
  'sybase',
]);
export const otherVendor = (name: string): boolean => OTHER_VENDORS.has(name.toLowerCase());

/**
 * A script in a folder for another database beside a PostgreSQL one (Spring Boot's `db/migration/{vendor}`:
 * `mysql/` next to `postgresql/`): written for that database, so not a migration Sluice lints.
 */
function forAnotherDatabase(abs: string, fs: FileSystemView): boolean {
  const folder = path.dirname(abs);
  if (!otherVendor(path.basename(folder))) return false;
  const siblings = fs.list(path.dirname(folder)) ?? [];
  return siblings.some((name) => /^postgres(ql)?$/i.test(name));
}

/**
 * ory/popx (Kratos, Hydra, Keto) keeps one file per database side by side, `<version>_<name>.<dialect>.up.sql`
 * (its own filename pattern), and runs only the current database's files and those naming none. pop's dialect
 * names beyond the vendor folder names above: `sqlite3`, `cockroach`, `crdb`.
 */
const POPX_DIALECT = /^\d+_[^.]+\.([a-z0-9]+)(?:\.autocommit)?\.(?:up|down)\.sql$/;
const POP_DIALECTS = new Set(['sqlite3', 'cockroach', 'crdb']);

/** A popx file for another database than PostgreSQL (`..._members.mysql.up.sql`): not a migration Sluice lints. */
export function namesAnotherDatabase(base: string): boolean {
  const dialect = POPX_DIALECT.exec(base)?.[1];
  return dialect !== undefined && (otherVendor(dialect) || POP_DIALECTS.has(dialect));
}

/** PostgreSQL's names in the tools' own settings (Prisma's `provider`, drizzle-kit's `dialect`). */
const POSTGRES_NAMES = new Set(['postgresql', 'postgres', 'pg']);

/**
 * The database the tool's own files say its migrations are for, when they name one: Prisma's
 * `migration_lock.toml` (`provider = "sqlite"`) beside the migration folders, drizzle-kit's `meta/_journal.json`
 * (`"dialect": "mysql"`), the sqlx or Diesel features of the crate's Cargo.toml (`features = ["sqlite"]`). A
 * monorepo may keep a SQLite or MySQL package's migrations next to PostgreSQL ones.
 */
function declaredDatabase(abs: string, tool: MigrationTool, fs: FileSystemView): string | undefined {
  if (!fs.read) return undefined;
  const dir = path.dirname(abs);
  if (tool === 'prisma') {
    const lock = fs.read(path.join(path.dirname(dir), 'migration_lock.toml'));
    return lock === undefined ? undefined : /^\s*provider\s*=\s*"([^"]*)"/m.exec(lock)?.[1];
  }
  // Diesel's up.sql sits one folder deeper (migrations/<version>_<name>/up.sql) than sqlx's files.
  if (tool === 'sqlx' || tool === 'diesel') {
    const manifest = cargoManifest(tool === 'diesel' ? path.dirname(dir) : dir, fs);
    const text = manifest === undefined ? undefined : fs.read(manifest);
    return text === undefined ? undefined : cargoOtherDatabase(text, tool);
  }
  if (tool === 'plain' && (fs.list(path.join(dir, 'meta')) ?? []).includes('_journal.json')) {
    try {
      const dialect: unknown = JSON.parse(fs.read(path.join(dir, 'meta', '_journal.json')) ?? '{}')?.dialect;
      return typeof dialect === 'string' ? dialect : undefined;
    } catch {
      return undefined; // a journal being edited: no claim either way
    }
  }
  return undefined;
}

export function detectMigration(
  file: string,
  text: string,
  fs: FileSystemView,
  options: DetectOptions = {},
): MigrationInfo {
  const abs = path.resolve(file);
  if (!abs.toLowerCase().endsWith('.sql') || forAnotherDatabase(abs, fs) || namesAnotherDatabase(path.basename(abs)))
    return NOT_A_MIGRATION;
  const tool = detectTool(abs, text, fs);
  const database = tool ? declaredDatabase(abs, tool, fs) : undefined;
  if (database !== undefined && !POSTGRES_NAMES.has(database.toLowerCase())) return NOT_A_MIGRATION;
  const base = path.basename(abs);
  const direction: 'up' | 'down' =
    /\.down\.sql$/i.test(base) ||
    /^U\d/.test(base) ||
    base === 'down.sql' ||
    /(^|[\\/])revert[\\/]/.test(abs) ||
    (tool === 'supabase' && path.basename(path.dirname(abs)) === 'down')
      ? 'down'
      : 'up';
  if (options.migrationDirs && options.migrationDirs.length > 0) {
    const inside = options.migrationDirs.some((glob) => isInsideGlob(abs, glob));
    return inside ? { isMigration: true, tool: tool ?? 'plain', direction } : NOT_A_MIGRATION;
  }
  return tool ? { isMigration: true, tool, direction } : NOT_A_MIGRATION;
}

function detectTool(abs: string, text: string, fs: FileSystemView): MigrationTool | null {
  const byContent = contentTool(text);
  if (byContent) return byContent;

  const base = path.basename(abs);
  const dir = path.dirname(abs);
  const parent = path.basename(dir);
  const segments = abs.split(/[\\/]/);

  // Hasura's `<version>_<name>/up.sql` is Diesel's shape too: its config.yaml above the migrations folder decides.
  if ((base === 'up.sql' || base === 'down.sql') && HASURA_MIGRATION_FOLDER.test(parent) && isHasuraScript(abs, fs))
    return 'hasura';
  // Prisma runs only migration.sql; a hand-written down.sql beside it is the down side (Prisma's docs keep it there).
  if ((base === 'migration.sql' || base === 'down.sql') && segments.includes('migrations')) {
    if (segments.includes('prisma') || prismaMigrationsFolder(path.dirname(dir), fs)) return 'prisma';
  }
  // The Supabase CLI skips the folder's other files (a seed.sql kept beside the migrations): no tool runs them.
  if (segments.includes('supabase') && parent === 'migrations')
    return supabaseApplies(base, () => fs.list(dir) ?? []) ? 'supabase' : null;
  // Supabase has no down migrations; Sluice keeps them in supabase/migrations/down/, a folder the CLI skips.
  if (segments.includes('supabase') && parent === 'down' && path.basename(path.dirname(dir)) === 'migrations')
    return 'supabase';
  if ((base === 'up.sql' || base === 'down.sql') && DIESEL_DIR.test(parent)) return 'diesel';
  if (segments.some((name) => SQITCH_DIRS.includes(name)) && sqitchLayout(abs, fs)) return 'sqitch';
  if (FLYWAY.test(base)) return 'flyway';
  const isRustProject = (): boolean => rustProject(dir, fs);
  if (GOLANG_MIGRATE.test(base)) {
    if (parent === 'migrations' && isRustProject()) return 'sqlx';
    // A `.down.sql` beside plain numbered files (a folder with no `.up.sql` at all) belongs to a plain folder.
    const listing =
      /\.down\.sql$/i.test(base) && (parent === 'migrations' || parent === 'migrate') ? fs.list(dir) : undefined;
    const plainDown = listing !== undefined && !listing.some((name) => /\.up\.sql$/i.test(name));
    if (!plainDown) return 'golang-migrate';
  }
  // A plain SQL file (no `--liquibase formatted sql` header) that a Liquibase changelog above it runs.
  if (liquibasePlace(abs, fs)) return 'liquibase';
  // (EF Core names its folder `Migrations`.)
  if (NUMBERED.test(base) && /^migrat(ions|e)$/i.test(parent)) {
    return isRustProject() ? 'sqlx' : 'plain';
  }
  // drizzle-kit's output folder (`drizzle/` by default): numbered files beside meta/_journal.json.
  if (NUMBERED.test(base) && (fs.list(path.join(dir, 'meta')) ?? []).includes('_journal.json')) return 'plain';
  return null;
}

/**
 * A Prisma migrations folder outside a `prisma/` folder (a monorepo's `packages/database/migrations/`): Prisma
 * writes `migration_lock.toml` into it, and keeps `schema.prisma` beside it.
 */
function prismaMigrationsFolder(folder: string, fs: FileSystemView): boolean {
  if (path.basename(folder) !== 'migrations') return false;
  return (
    (fs.list(folder) ?? []).includes('migration_lock.toml') ||
    (fs.list(path.dirname(folder)) ?? []).includes('schema.prisma')
  );
}

const SQITCH_DIRS = ['deploy', 'revert', 'verify'];

export interface SqitchLayout {
  /** The folder holding deploy/, revert/ and verify/. */
  topDir: string;
  /** The sqitch.plan that orders them: in topDir, or one folder up (sqitch.conf `top_dir = sql`). */
  plan: string;
  /** The folder the script is in, below topDir. */
  kind: 'deploy' | 'revert' | 'verify';
  /** The script's path below that folder without `.sql`, `/`-separated: the change name (`users/email_idx`). */
  script: string;
}

/**
 * Where the sqitch project of a deploy/revert/verify script keeps its plan, or undefined when it has none. A
 * change name may hold `/` (`sqitch add users/email_idx` writes `deploy/users/email_idx.sql`): a script in a
 * subfolder counts only when the plan names its change (`name`, or `name@tag` for a reworked one's old scripts).
 */
export function sqitchLayout(file: string, fs: FileSystemView): SqitchLayout | undefined {
  const place = sqitchPlace(file);
  if (!place) return undefined;
  for (const candidate of [place.topDir, path.dirname(place.topDir)]) {
    if (!(fs.list(candidate) ?? []).includes('sqitch.plan')) continue;
    const plan = path.join(candidate, 'sqitch.plan');
    if (place.script.includes('/') && !planNames(fs.read?.(plan), place.script.replace(/@[^/]*$/, '')))
      return undefined;
    return { ...place, plan };
  }
  return undefined;
}

/**
 * Where a script sits in a sqitch project by its path alone: the nearest deploy/, revert/ or verify/ above it
 * (up to four folders: a change name may hold `/`), and the script's path below it. No plan is read.
 */
export function sqitchPlace(file: string): Omit<SqitchLayout, 'plan'> | undefined {
  const abs = path.resolve(file);
  const below: string[] = [path.basename(abs).replace(/\.sql$/i, '')];
  let dir = path.dirname(abs);
  for (let depth = 0; depth < 4; depth++) {
    const kind = path.basename(dir);
    if (SQITCH_DIRS.includes(kind))
      return { topDir: path.dirname(dir), kind: kind as SqitchLayout['kind'], script: below.join('/') };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    below.unshift(path.basename(dir));
    dir = parent;
  }
  return undefined;
}

/** Which of deploy/, revert/, verify/ holds a sqitch script: the nearest of them above it. */
export function sqitchKind(file: string): SqitchLayout['kind'] | undefined {
  return sqitchPlace(file)?.kind;
}

/** The path of a sqitch script's counterpart in deploy/, revert/ or verify/. */
export function sqitchScript(layout: SqitchLayout, kind: SqitchLayout['kind']): string {
  return path.join(layout.topDir, kind, ...layout.script.split('/')) + '.sql';
}

/** Whether a sqitch.plan's text has a change line for `name` (a change line starts with it, maybe after + or -). */
function planNames(plan: string | undefined, name: string): boolean {
  if (plan === undefined) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[ \\t]*[+-]?${escaped}(?=[\\s[@#]|$)`, 'm').test(plan);
}

/** True when `file` lies under a folder matching the absolute glob (`**`, `*`, `?`). */
export function isInsideGlob(file: string, glob: string): boolean {
  const pattern = globToRegExp(glob.replace(/[\\/]+$/, ''));
  let dir = path.dirname(file);
  for (;;) {
    if (pattern.test(dir)) return true;
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

const globCache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let cached = globCache.get(glob);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        source += '(?:.*[\\/])?'; // `**/` also matches no folder at all
        i++;
      } else source += '.*';
    } else if (c === '*') source += '[^/\\\\]*';
    else if (c === '?') source += '[^/\\\\]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  cached = new RegExp(`^${source}$`);
  globCache.set(glob, cached);
  return cached;
}
