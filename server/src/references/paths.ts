// Which files of a workspace are application code worth reading for references. Pure (names and paths only).
import { isInsideGlob } from '../migrations/tools';
import { languageOf } from './lex';

/** Folders never read: dependencies, build output, caches, virtualenvs. Hidden folders (`.git`, …) neither. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'dist',
  'build',
  'out',
  'target',
  'coverage',
  '__pycache__',
  'site-packages',
  'venv',
  'virtualenv',
  '_build',
  'deps',
  'obj',
  'Pods',
  'DerivedData',
  'tmp',
  'log',
  'logs',
]);

/**
 * Folders that hold migrations (the code being linted, not the application): golang-migrate/dbmate/Django
 * `migrations`, Rails `db/migrate`, Flyway `db/migration`, EF Core `Migrations`, Alembic `versions`.
 */
const MIGRATION_DIRS = /^(?:migrations?|migrate|Migrations)$/;

export function isSkippedDir(name: string, parentPath: string): boolean {
  if (name.startsWith('.') || SKIPPED_DIRS.has(name) || MIGRATION_DIRS.test(name)) return true;
  // Alembic keeps its migrations in <alembic dir>/versions.
  return name === 'versions' && /(?:^|[\\/])(?:alembic|migrations?)$/.test(parentPath);
}

const GENERATED_FILE = /\.pb\.go$|_pb2(?:_grpc)?\.py$|\.g\.cs$|\.designer\.cs$|\.generated\.\w+$|ModelSnapshot\.cs$/i;

/** True for a file name we read: a source language we know, not generated, not minified. */
export function isSourceFile(name: string): boolean {
  return languageOf(name) !== undefined && !GENERATED_FILE.test(name);
}

/**
 * True when `file` (absolute) lies in a configured migration folder (absolute globs, as `migrationDirs` in
 * .sluicerc.json after loading) or a folder skipped by name between `root` and the file.
 */
export function isExcludedPath(file: string, root: string, migrationDirs: readonly string[] = []): boolean {
  if (migrationDirs.some((glob) => isInsideGlob(file, glob))) return true;
  const rel = file.startsWith(root) ? file.slice(root.length) : file;
  const parts = rel.split(/[\\/]+/).filter((p) => p.length > 0);
  let parent = root;
  for (let i = 0; i < parts.length - 1; i++) {
    if (isSkippedDir(parts[i], parent)) return true;
    parent = parent + '/' + parts[i];
  }
  return false;
}
