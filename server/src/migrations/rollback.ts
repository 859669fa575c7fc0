// Where each tool keeps the down/undo side of a migration, and whether the folder's convention expects one
// (the `missing-rollback` rule). Pure: folders and files come through the FileSystemView the caller passes.
import * as path from 'path';
import { flywayScriptsFor } from './history';
import { compareDigits, compareFlywayVersions, DOWN_FILE, parseFlyway } from './naming';
import { FileSystemView, MigrationTool, namesAnotherDatabase, sqitchKind, sqitchLayout, sqitchScript } from './tools';

/**
 * A down script's path, `'section'` when the same file holds it (goose/dbmate/sql-migrate down section, Liquibase
 * `--rollback`).
 */
export type DownScript = string | 'section';

// The Go tools read a marker only at the start of a line (dbmate's `(?m)^--\s*migrate:down`, goose and sql-migrate
// line by line): an indented one is a comment, and the file has no down section.
const GOOSE_DOWN = /^--[ \t]*\+goose[ \t]+down\b/im;
const DBMATE_DOWN = /^--\s*migrate:down\b/m;
const SQL_MIGRATE_DOWN = /^-- \+migrate[ \t]+Down(?![^\s])/m;
const LIQUIBASE_CHANGESET = /^\s*--\s*changeset\s/im;
const LIQUIBASE_ROLLBACK = /^\s*--\s*rollback\b|^\s*\/\*\s*liquibase\s+rollback\b/im;

/** True for the files that are themselves the down/undo side of a migration. */
export function isDownScript(file: string, tool: MigrationTool | null): boolean {
  const base = path.basename(file);
  switch (tool) {
    case 'golang-migrate':
    case 'sqlx':
    case 'plain':
      return DOWN_FILE.test(base);
    case 'flyway':
      return parseFlyway(base)?.kind === 'U';
    case 'diesel':
    case 'hasura':
    case 'prisma':
      return base === 'down.sql';
    case 'supabase':
      return path.basename(path.dirname(path.resolve(file))) === 'down';
    case 'sqitch':
      return sqitchKind(file) === 'revert';
    default:
      return false;
  }
}

/**
 * Where the down/undo of the migration `file` (an up script) lives, or undefined when it has none:
 *
 * - golang-migrate, sqlx, plain: the `.down.sql` with the same version;
 * - Flyway: the `U` script with the same version (anywhere in the location); a repeatable `R` has none;
 * - Diesel, Hasura: `down.sql` in the migration's folder; Prisma: a hand-written `down.sql` there, if any;
 * - sqitch: `revert/<change>.sql`;
 * - goose, dbmate, sql-migrate: `'section'` when the file has a down marker (`-- +goose Down`, `-- migrate:down`,
 *   `-- +migrate Down`);
 * - Liquibase: `'section'` when every changeset of the file has a `--rollback`;
 * - Supabase: `down/<same name>` when present (the CLI has no down migrations and skips that folder).
 *
 * `text` is the file's current content (an editor's unsaved buffer); without it the view reads the file.
 */
export function downScriptOf(
  file: string,
  tool: MigrationTool | null,
  view: FileSystemView,
  text?: string,
): DownScript | undefined {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const base = path.basename(abs);
  if (isDownScript(abs, tool)) return undefined;
  const listing = (): readonly string[] => view.list(dir) ?? [];
  const content = (): string | undefined => text ?? view.read?.(abs);
  switch (tool) {
    case 'golang-migrate':
    case 'sqlx':
    case 'plain': {
      const sameName = base.replace(/(\.up)?\.sql$/i, '.down.sql');
      if (sameName !== base && listing().includes(sameName)) return path.join(dir, sameName);
      // golang-migrate and sqlx pair a migration's two files by version, whatever their titles.
      const version = /^(\d+)_/.exec(base)?.[1];
      const versionOf = (name: string): string | undefined => /^(\d+)_/.exec(name)?.[1];
      const down =
        version !== undefined
          ? listing().find((n) => {
              const v = versionOf(n);
              return (
                DOWN_FILE.test(n) && v !== undefined && compareDigits(v, version) === 0 && !namesAnotherDatabase(n)
              );
            })
          : undefined;
      return down ? path.join(dir, down) : undefined;
    }
    case 'flyway': {
      const own = parseFlyway(base);
      if (own?.kind !== 'V') return undefined;
      return flywayScriptsFor(abs, view).find((f) => {
        const name = parseFlyway(path.basename(f));
        return name?.kind === 'U' && compareFlywayVersions(name.version!, own.version!) === 0;
      });
    }
    case 'diesel':
    case 'hasura':
    case 'prisma':
      return listing().includes('down.sql') ? path.join(dir, 'down.sql') : undefined;
    case 'sqitch': {
      const layout = sqitchLayout(abs, view);
      if (!layout || layout.kind !== 'deploy') return undefined;
      const revert = sqitchScript(layout, 'revert');
      return (view.list(path.dirname(revert)) ?? []).includes(path.basename(revert)) ? revert : undefined;
    }
    case 'supabase': {
      const down = path.join(dir, 'down');
      return (view.list(down) ?? []).includes(base) ? path.join(down, base) : undefined;
    }
    case 'goose':
      return GOOSE_DOWN.test(content() ?? '') ? 'section' : undefined;
    case 'dbmate':
      return DBMATE_DOWN.test(content() ?? '') ? 'section' : undefined;
    case 'sql-migrate':
      return SQL_MIGRATE_DOWN.test(content() ?? '') ? 'section' : undefined;
    case 'liquibase':
      return liquibaseHasRollbacks(content() ?? '') ? 'section' : undefined;
    default:
      return undefined;
  }
}

/** Every `--changeset` of a Liquibase formatted SQL file is followed by a `--rollback` before the next one. */
function liquibaseHasRollbacks(text: string): boolean {
  const parts = text.split(/^(?=\s*--\s*changeset\s)/im).filter((p) => LIQUIBASE_CHANGESET.test(p));
  return parts.length > 0 && parts.every((p) => LIQUIBASE_ROLLBACK.test(p));
}

/**
 * Whether the folder's convention gives every migration a down/undo (the catalogue row of `missing-rollback`):
 * golang-migrate and Diesel always, goose, dbmate and sql-migrate (a down section), sqitch (`revert/`); Flyway only
 * when the folder already holds `U` scripts, sqlx and plain folders only when it holds `.down.sql` files; Prisma,
 * Supabase, Liquibase and Hasura never (Liquibase's `--rollback` is optional; Hasura's down.sql is too: the
 * `init` migration pulled from the server has none). `folderListing` is the names in the migration's folder.
 */
export function rollbackExpected(tool: MigrationTool | null, folderListing: readonly string[]): boolean {
  switch (tool) {
    case 'golang-migrate':
    case 'diesel':
    case 'goose':
    case 'dbmate':
    case 'sql-migrate':
    case 'sqitch':
      return true;
    case 'flyway':
      return folderListing.some((name) => parseFlyway(name)?.kind === 'U');
    case 'sqlx':
    case 'plain':
      return folderListing.some((name) => DOWN_FILE.test(name));
    default:
      return false;
  }
}

export interface RollbackStatus {
  /** The convention expects a down/undo for this file (false for down scripts, Flyway `R`, sqitch verify/). */
  expected: boolean;
  down: DownScript | undefined;
  /** expected and none found: what `missing-rollback` reports. */
  missing: boolean;
}

/** `rollbackExpected` and `downScriptOf` together, for one migration file. */
export function rollbackStatus(
  file: string,
  tool: MigrationTool | null,
  view: FileSystemView,
  text?: string,
): RollbackStatus {
  const abs = path.resolve(file);
  const base = path.basename(abs);
  const dir = path.dirname(abs);
  const down = downScriptOf(abs, tool, view, text);
  let expected = !isDownScript(abs, tool);
  if (expected && tool === 'flyway') {
    // Undo scripts anywhere in the location count; a repeatable script has no undo.
    expected =
      parseFlyway(base)?.kind === 'V' &&
      rollbackExpected(
        tool,
        flywayScriptsFor(abs, view).map((f) => path.basename(f)),
      );
  } else if (expected && tool === 'sqitch') {
    expected = sqitchKind(abs) === 'deploy' && rollbackExpected(tool, []);
  } else if (expected) {
    expected = rollbackExpected(tool, view.list(dir) ?? []);
  }
  return { expected, down, missing: expected && down === undefined };
}
