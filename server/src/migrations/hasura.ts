// Hasura's migrations (CLI v2, config v2 and v3): a folder per migration, `<version>_<name>/up.sql` and `down.sql`,
// in `migrations/` (config v2) or in one folder per database below it, `migrations/<database>/` (config v3), beside
// the project's `config.yaml`. Each database folder is its own history, ordered by version (a millisecond
// timestamp). `up.yaml`/`down.yaml` beside them are metadata steps, not SQL. Pure: files come through the view.
import * as path from 'path';
import { compareDigits, compareNames } from './naming';
import type { FileSystemView } from './tools';

/** A migration's folder: Hasura reads the version as the digits before the first `_`. */
export const HASURA_MIGRATION_FOLDER = /^(\d+)_/;

/** The first line that makes `hasura migrate apply` run the file outside a transaction. */
export const HASURA_NO_TRANSACTION = '-- hasura:no-transaction';

export interface HasuraProject {
  /** The folder holding config.yaml. */
  root: string;
  /** `version:` of config.yaml: 2 keeps migrations in the migrations folder, 3 one folder per database below it. */
  version: 2 | 3;
  /** The migrations folder (`migrations_directory`, `migrations` by default). */
  migrations: string;
}

/** A top-level `key: value` of config.yaml (quotes and a trailing comment left out). */
function configValue(text: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:[ \\t]*["']?([^"'#\\r\\n]*?)["']?[ \\t]*(?:#[^\\r\\n]*)?\\r?$`, 'm').exec(text);
  return match?.[1] === '' ? undefined : match?.[1];
}

/** Keys only Hasura's config.yaml has, beside `version`. */
const HASURA_KEYS = /^(?:endpoint|admin_secret|metadata_directory|migrations_directory|seeds_directory|actions):/m;

/**
 * The Hasura project whose config.yaml is in `dir`: a `version: 2` or `version: 3` line and a key only Hasura
 * writes (`endpoint`, `metadata_directory`, ...) or its metadata folder beside it. Another tool's config.yaml (or
 * Hasura's config v1, whose migrations are YAML) is not one.
 */
export function hasuraProjectIn(dir: string, view: FileSystemView): HasuraProject | undefined {
  const names = view.list(dir);
  if (!names?.includes('config.yaml')) return undefined;
  const text = view.read?.(path.join(dir, 'config.yaml'));
  if (text === undefined) return undefined;
  const version = Number(configValue(text, 'version'));
  if (version !== 2 && version !== 3) return undefined;
  const metadata = configValue(text, 'metadata_directory') ?? 'metadata';
  if (!HASURA_KEYS.test(text) && !names.includes(metadata)) return undefined;
  const migrations = path.resolve(dir, configValue(text, 'migrations_directory') ?? 'migrations');
  return { root: dir, version, migrations };
}

/**
 * The Hasura project `folder` keeps a history in: its migrations folder (config v2), or a database folder below it
 * (config v3). The nearest Hasura config.yaml above decides (up to five folders up: `migrations_directory` may be
 * nested).
 */
export function hasuraProjectOfHistory(folder: string, view: FileSystemView): HasuraProject | undefined {
  const abs = path.resolve(folder);
  let dir = abs;
  for (let level = 0; level < 6; level++) {
    const project = hasuraProjectIn(dir, view);
    if (project) {
      const migrations = project.version === 3 ? path.dirname(abs) : abs;
      return migrations === project.migrations && abs !== project.root ? project : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** True for an `up.sql` or `down.sql` in a migration folder of a Hasura project's history. */
export function isHasuraScript(file: string, view: FileSystemView): boolean {
  const abs = path.resolve(file);
  const base = path.basename(abs);
  if (base !== 'up.sql' && base !== 'down.sql') return false;
  const folder = path.dirname(abs);
  if (!HASURA_MIGRATION_FOLDER.test(path.basename(folder))) return false;
  return hasuraProjectOfHistory(path.dirname(folder), view) !== undefined;
}

/**
 * The up scripts of the same history (database folder) before `file`'s migration: the migration folders holding
 * an `up.sql` (a folder with only `up.yaml` is a metadata step), by version as a number, then by name. For a
 * `down.sql`, those before its own migration.
 */
export function hasuraEarlier(file: string, view: FileSystemView): string[] {
  const own = path.dirname(path.resolve(file));
  const history = path.dirname(own);
  const version = (name: string): string | undefined => HASURA_MIGRATION_FOLDER.exec(name)?.[1];
  const ownVersion = version(path.basename(own));
  if (ownVersion === undefined) return [];
  const order = (a: string, b: string): number => compareDigits(version(a)!, version(b)!) || compareNames(a, b);
  return (view.list(history) ?? [])
    .filter((name) => {
      const v = version(name);
      return v !== undefined && compareDigits(v, ownVersion) < 0;
    })
    .filter((name) => (view.list(path.join(history, name)) ?? []).includes('up.sql'))
    .sort(order)
    .map((name) => path.join(history, name, 'up.sql'));
}

// Go's unicode.IsSpace on one line (what strings.TrimSpace removes); a byte-order mark is not one of them.
const HASURA_NO_TRANSACTION_LINE = /^[\t\v\f\r \u0085\u00a0]*-- hasura:no-transaction[\t\v\f\r \u0085\u00a0]*$/;

/**
 * The Hasura CLI runs a migration file outside a transaction when its very first line is `-- hasura:no-transaction`
 * (spaces around it allowed; not after a blank line or another comment, not followed by other text).
 */
export function hasuraNoTransaction(text: string): boolean {
  const end = text.indexOf('\n');
  return HASURA_NO_TRANSACTION_LINE.test(end < 0 ? text : text.slice(0, end));
}
