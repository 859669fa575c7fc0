// Turns a tool-independent ScaffoldPlan into the files of a migration tool's convention: names numbered or
// timestamped after the folder's last migration, a header naming phase and deployment, the paired down script
// where the tool keeps one, and the tool's transaction markers for steps that must run outside a transaction.
// Pure: the caller passes the folder's listing, a way to read files the convention depends on, and the clock; the
// result is what to write (the CLI writes it, the editor turns it into a WorkspaceEdit with CreateFile).
//
// Where each tool's files go (`dir` is the folder the tool reads):
//
// | tool           | up                                   | down                                   |
// |----------------|--------------------------------------|----------------------------------------|
// | golang-migrate | `N_name.up.sql`                      | `N_name.down.sql`                      |
// | sqlx           | `N_name.up.sql`                      | `N_name.down.sql`                      |
// | plain          | `N_name.sql`                         | `N_name.down.sql`                      |
// | Flyway         | `V<n>__name.sql`                     | `U<n>__name.sql`                       |
// | Diesel         | `<YYYY-MM-DD-HHMMSS>_name/up.sql`    | `…/down.sql` (+ `metadata.toml`)       |
// | Hasura         | `<milliseconds>_name/up.sql`         | `…/down.sql`                           |
// | Prisma         | `<YYYYMMDDHHMMSS>_name/migration.sql`| `…/down.sql` (Prisma ignores it)       |
// | Supabase       | `<YYYYMMDDHHMMSS>_name.sql`          | `down/<same name>` (the CLI skips subfolders) |
// | dbmate         | `<timestamp>_name.sql` with `-- migrate:up` / `-- migrate:down` sections      |
// | goose          | `N_name.sql` with `-- +goose Up` / `-- +goose Down` sections                  |
// | sql-migrate    | `<timestamp>-name.sql` with `-- +migrate Up` / `-- +migrate Down` sections    |
// | Liquibase      | `N_name.sql`, one `--changeset sluice:<id>` with `--rollback` lines           |
// | sqitch         | `deploy/name.sql`, `revert/name.sql`, `verify/name.sql` + a `sqitch.plan` line |
import type { MigrationTool } from '../../migrations/tools';
import type { Phase, ScaffoldPlan } from '../scaffold/plan';
import { layoutPaired } from './pairedFiles';
import { layoutSections } from './sectionFiles';
import { layoutSqitch } from './sqitch';

export interface PlannedFile {
  /** `dir` joined with the file's place in the convention (absolute when `dir` is). */
  path: string;
  phase: Phase;
  /** `down` for a file that only undoes; one holding both sections (goose, dbmate, sql-migrate, Liquibase) is `up`. */
  kind: 'up' | 'down';
  deploy: number;
  /** `\n` line endings, ending with a newline. */
  content: string;
}

/** Edits to existing files some tools need (sqitch.plan gets lines appended). */
export interface PlannedAppend {
  path: string;
  text: string;
}

export interface LayoutTarget {
  tool: MigrationTool;
  /** The folder the tool reads: the migrations folder (Prisma/Diesel: the one holding a folder per migration,
   * Hasura: the database's folder below it (config v3), sqitch: the project folder with `sqitch.plan`). */
  dir: string;
  /**
   * The names in `dir`. For tools that scan subfolders (Flyway) entries may be relative paths (`v1/V1__a.sql`);
   * only their last segment counts.
   */
  listing: readonly string[];
  /** Reads a file the convention depends on (`sqitch.plan`, `sqitch.conf`); absent: treated as missing. */
  read?(file: string): string | undefined;
  now: Date;
}

export interface LayoutResult {
  files: PlannedFile[];
  appends: PlannedAppend[];
}

export function layoutPlan(plan: ScaffoldPlan, target: LayoutTarget): LayoutResult {
  switch (target.tool) {
    case 'goose':
    case 'dbmate':
    case 'sql-migrate':
    case 'liquibase':
      return layoutSections(plan, target);
    case 'sqitch':
      return layoutSqitch(plan, target);
    default:
      return layoutPaired(plan, target);
  }
}

/** A step name as a file-name part: snake_case words, nothing a file system or tool could misread. */
export function fileName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return cleaned === '' ? 'change' : cleaned;
}

/** The last segment of a listing entry (entries may be relative paths). */
export function entryName(entry: string): string {
  const parts = entry.split(/[\\/]/);
  return parts[parts.length - 1];
}

/** The leading digits of the entries accepted by `pattern` (whose first group is the version). */
export function versionsOf(listing: readonly string[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const entry of listing) {
    const m = pattern.exec(entryName(entry));
    if (m) found.push(m[1]);
  }
  return found;
}
