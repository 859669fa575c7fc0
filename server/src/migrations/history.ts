// Which migrations run before a given one, in the tool's own order. Pure: folders and files come through the
// FileSystemView the caller passes. Only up scripts are returned (a down script's history is the history of its
// up script; the up script itself is `pairedUpScript`), as absolute paths, oldest first.
import * as path from 'path';
import {
  compareFlywayVersions,
  compareNames,
  compareVersions,
  DBMATE_FILE,
  DOWN_FILE,
  GOLANG_MIGRATE_FILE,
  GOOSE_FILE,
  parseFlyway,
  PLAIN_FILE,
  plainVersion,
  SQLX_FILE,
  SUPABASE_FILE,
} from './naming';
import { FileSystemView, MigrationTool, sqitchLayout } from './tools';

/**
 * The up scripts that run before `file` in its tool's order:
 *
 * - golang-migrate, goose, sqlx, plain folders: by numeric version (`2_x` before `10_x`; in a plain folder a dated
 *   name's digit groups make one version: `2024_01_10_093000_x`);
 * - dbmate, Supabase: by file name (both tools sort names; timestamps keep that chronological);
 * - Flyway: versioned `V` scripts by version (`1.10` after `1.9`), then repeatable `R` scripts by description,
 *   across the location folder and its subfolders;
 * - sqitch: the order of `sqitch.plan` (a reworked change's earlier scripts are `name@tag.sql`);
 * - Prisma, Diesel: migration folders by name (timestamp first);
 * - Liquibase: the order of the master changelog's `include`s when one lists the file, else `includeAll`'s
 *   alphabetical order of the folder.
 *
 * For a down script (golang-migrate/sqlx `.down.sql`, Flyway `U`, Diesel `down.sql`, sqitch `revert/`), the
 * migrations before its up script. goose/dbmate keep both directions in one file: the result is the same for both.
 */
export function earlierMigrations(file: string, tool: MigrationTool | null, view: FileSystemView): string[] {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const base = path.basename(abs);
  switch (tool) {
    case 'golang-migrate':
      return numbered(dir, base, view, (name) => GOLANG_MIGRATE_FILE.test(name) && !DOWN_FILE.test(name));
    case 'goose':
      return numbered(dir, base, view, (name) => GOOSE_FILE.test(name));
    case 'sqlx':
      return numbered(dir, base, view, (name) => SQLX_FILE.test(name) && !DOWN_FILE.test(name));
    case 'plain':
      return numbered(dir, base, view, (name) => PLAIN_FILE.test(name) && !DOWN_FILE.test(name), plainVersion);
    case 'dbmate':
      return byName(dir, base, view, (name) => DBMATE_FILE.test(name));
    case 'supabase':
      return byName(dir, base, view, (name) => SUPABASE_FILE.test(name));
    case 'prisma':
      return folders(abs, view, 'migration.sql', (name) => name);
    case 'diesel':
      // Diesel's version is the folder name up to the first `_` (dashes are only for reading).
      return folders(abs, view, 'up.sql', (name) => name.split('_')[0].replace(/-/g, ''));
    case 'flyway':
      return flywayEarlier(abs, view);
    case 'sqitch':
      return sqitchEarlier(abs, view);
    case 'liquibase':
      return liquibaseEarlier(abs, view);
    default:
      return [];
  }
}

const leadingNumber = (name: string): string[] | undefined => {
  const digits = /^\d+/.exec(name)?.[0];
  return digits === undefined ? undefined : [digits];
};

/** Files of `dir` accepted by `accept`, ordered by their version (then name), before `base`'s version. */
function numbered(
  dir: string,
  base: string,
  view: FileSystemView,
  accept: (name: string) => boolean,
  version: (name: string) => string[] | undefined = leadingNumber,
): string[] {
  const own = version(base);
  if (own === undefined) return [];
  const byVersion = (a: string, b: string): number => compareVersions(version(a)!, version(b)!) || compareNames(a, b);
  return (view.list(dir) ?? [])
    .filter((name) => accept(name) && compareVersions(version(name)!, own) < 0)
    .sort(byVersion)
    .map((name) => path.join(dir, name));
}

/** Files of `dir` accepted by `accept` whose names sort before `base`. */
function byName(dir: string, base: string, view: FileSystemView, accept: (name: string) => boolean): string[] {
  return (view.list(dir) ?? [])
    .filter((name) => accept(name) && compareNames(name, base) < 0)
    .sort(compareNames)
    .map((name) => path.join(dir, name));
}

/** Folder-per-migration tools: sibling folders holding `script`, ordered by `key` (then name). */
function folders(abs: string, view: FileSystemView, script: string, key: (name: string) => string): string[] {
  const own = path.dirname(abs);
  const root = path.dirname(own);
  const ownName = path.basename(own);
  const order = (a: string, b: string): number => compareNames(key(a), key(b)) || compareNames(a, b);
  return (view.list(root) ?? [])
    .filter((name) => order(name, ownName) < 0 && (view.list(path.join(root, name)) ?? []).includes(script))
    .sort(order)
    .map((name) => path.join(root, name, script));
}

// ---- Flyway ----------------------------------------------------------------------------------------------

const FLYWAY_LOCATION_NAMES = new Set(['migration', 'migrations']);

/**
 * The folder Flyway scans for this script. Flyway reads a location recursively, so scripts in sibling subfolders
 * (`db/migration/v1/`, `db/migration/v2/`) belong to one sequence: the nearest ancestor named `migration` or
 * `migrations` (Flyway's default is `db/migration`) within three levels, else the script's own folder.
 */
export function flywayLocation(file: string): string {
  let dir = path.dirname(path.resolve(file));
  for (let i = 0; i < 3; i++) {
    if (FLYWAY_LOCATION_NAMES.has(path.basename(dir).toLowerCase())) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.dirname(path.resolve(file));
}

const FLYWAY_CONFIGS = ['flyway.conf', 'flyway.toml', path.join('conf', 'flyway.conf')];

/**
 * Every Flyway script of the sequence `file` belongs to: those of all the locations a Flyway configuration above it
 * names, when one of them holds it (Flyway orders them as one list), else those of `flywayLocation(file)`.
 */
export function flywayScriptsFor(file: string, view: FileSystemView): string[] {
  const configured = configuredFlywayLocations(path.resolve(file), view);
  return (configured ?? [flywayLocation(file)]).flatMap((location) => flywayScripts(location, view));
}

/**
 * The locations a Flyway configuration above the script names, when the script is in one of them: `flyway.locations=
 * filesystem:sql,classpath:db/migration` (flyway.conf) or `locations = ["filesystem:sql"]` (flyway.toml), relative
 * to the project folder the configuration is in (`classpath:` under src/main/resources).
 */
function configuredFlywayLocations(abs: string, view: FileSystemView): string[] | undefined {
  let dir = path.dirname(abs);
  for (let level = 0; level < 6; level++) {
    for (const config of FLYWAY_CONFIGS) {
      const text = view.read?.(path.join(dir, config));
      if (text === undefined) continue;
      const line = /^\s*(?:flyway\.)?locations\s*=\s*(.+)$/m.exec(text)?.[1] ?? '';
      const locations = line
        .replace(/[[\]"']/g, '')
        .split(',')
        .map((raw) => raw.trim())
        .filter((value) => value !== '')
        .map((value) =>
          value.startsWith('classpath:')
            ? path.join(dir, 'src', 'main', 'resources', value.slice('classpath:'.length))
            : path.resolve(dir, value.replace(/^filesystem:/, '')),
        );
      if (locations.some((location) => abs.startsWith(location + path.sep))) return locations;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Every Flyway-named `.sql` file under `root` (recursively, as Flyway scans), as absolute paths. */
export function flywayScripts(root: string, view: FileSystemView, depth = 5): string[] {
  const found: string[] = [];
  for (const name of view.list(root) ?? []) {
    const full = path.join(root, name);
    if (parseFlyway(name)) found.push(full);
    else if (depth > 0 && !/\.sql$/i.test(name)) found.push(...flywayScripts(full, view, depth - 1)); // a folder lists
  }
  return found;
}

function flywayEarlier(abs: string, view: FileSystemView): string[] {
  const own = parseFlyway(path.basename(abs));
  if (!own) return [];
  const scripts = flywayScriptsFor(abs, view).map((file) => ({
    file,
    name: parseFlyway(path.basename(file))!,
  }));
  const versioned = scripts
    .filter((s) => s.name.kind === 'V')
    .sort((a, b) => compareFlywayVersions(a.name.version!, b.name.version!) || compareNames(a.file, b.file));
  if (own.kind !== 'R') {
    return versioned.filter((s) => compareFlywayVersions(s.name.version!, own.version!) < 0).map((s) => s.file);
  }
  // Repeatable scripts run after every pending versioned one, in description order.
  const repeatable = scripts
    .filter((s) => s.name.kind === 'R' && compareNames(s.name.description, own.description) < 0)
    .sort((a, b) => compareNames(a.name.description, b.name.description));
  return [...versioned, ...repeatable].map((s) => s.file);
}

// ---- sqitch ----------------------------------------------------------------------------------------------

export interface SqitchChange {
  name: string;
  /** The script name in deploy/revert/verify without `.sql`: `name`, or `name@tag` for a reworked change's earlier version. */
  script: string;
}

/**
 * The changes of a sqitch.plan in deploy order. A change that is reworked later appears more than once; its
 * earlier instances use the scripts named after the first tag that follows them (`users@v1.0.sql`).
 */
export function parseSqitchPlan(text: string): SqitchChange[] {
  const entries: ({ change: string } | { tag: string })[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) continue;
    const tag = /^@(\S+)/.exec(line);
    if (tag) {
      entries.push({ tag: tag[1] });
      continue;
    }
    const change = /^[+-]?([^\s[#@]+)/.exec(line);
    if (change) entries.push({ change: change[1] });
  }
  const lastIndex = new Map<string, number>();
  entries.forEach((e, i) => 'change' in e && lastIndex.set(e.change, i));
  const changes: SqitchChange[] = [];
  entries.forEach((e, i) => {
    if (!('change' in e)) return;
    let script = e.change;
    if (lastIndex.get(e.change) !== i) {
      const nextTag = entries.slice(i + 1).find((t): t is { tag: string } => 'tag' in t);
      if (nextTag) script = `${e.change}@${nextTag.tag}`;
    }
    changes.push({ name: e.change, script });
  });
  return changes;
}

function sqitchEarlier(abs: string, view: FileSystemView): string[] {
  const layout = sqitchLayout(abs, view);
  const text = layout && view.read?.(layout.plan);
  if (!layout || text === undefined) return [];
  const changes = parseSqitchPlan(text);
  const script = path.basename(abs).replace(/\.sql$/i, '');
  let index = -1;
  changes.forEach((c, i) => {
    if (c.script === script) index = i;
  });
  if (index < 0) return [];
  return changes.slice(0, index).map((c) => path.join(layout.topDir, 'deploy', `${c.script}.sql`));
}

// ---- Liquibase -------------------------------------------------------------------------------------------

const CHANGELOG = /changelog.*\.(xml|ya?ml|json|sql)$/i;
/** A changelog an include may name: XML, YAML or JSON (a formatted SQL file is a migration itself). */
const CHANGELOG_FILE = /\.(xml|ya?ml|json)$/i;
const INCLUDE = /\binclude(All)?\b[\s\S]{0,200}?\b(file|path)\s*[:=]\s*["']?([^"'\s>,}]+)/g;

function liquibaseEarlier(abs: string, view: FileSystemView): string[] {
  let dir = path.dirname(abs);
  // The outermost changelog that includes the file is the master: a nested one knows only its own part.
  let earlier: string[] | undefined;
  for (let level = 0; level < 5; level++) {
    for (const name of view.list(dir) ?? []) {
      const changelog = path.join(dir, name);
      if (!CHANGELOG.test(name) || changelog === abs) continue;
      const text = view.read?.(changelog);
      if (text === undefined) continue;
      const order = changelogOrder(text, dir, view);
      const index = order.indexOf(abs);
      if (index >= 0) earlier = order.slice(0, index);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (earlier) return earlier;
  // includeAll: every .sql file of the folder, alphabetically.
  const own = path.dirname(abs);
  return (view.list(own) ?? [])
    .filter((name) => /\.sql$/i.test(name) && compareNames(name, path.basename(abs)) < 0)
    .sort(compareNames)
    .map((name) => path.join(own, name));
}

/**
 * The SQL files a master changelog includes, in order: `include file=` (a nested changelog's own includes in its
 * place), `includeAll path=` (the folder and its subfolders, by path), `classpath:` paths found from a root above.
 * Commented-out includes (`<!-- -->`, `#`) do not count.
 */
function changelogOrder(text: string, changelogDir: string, view: FileSystemView, depth = 0): string[] {
  const files: string[] = [];
  const live = text.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*#.*$/gm, '');
  for (const m of live.matchAll(INCLUDE)) {
    const [, all, , written] = m;
    const value = written.replace(/^classpath\*?:\/?/i, '');
    // Relative to the changelog, or to a classpath root above it.
    const candidates: string[] = [];
    for (let d = changelogDir, i = 0; i < 5; i++) {
      candidates.push(path.resolve(d, value));
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    const exists = (c: string): boolean => (view.list(path.dirname(c)) ?? []).includes(path.basename(c));
    if (all) {
      const folder = candidates.find((c) => view.list(c) !== undefined);
      if (folder) files.push(...sqlFilesUnder(folder, view));
    } else if (/\.sql$/i.test(value)) {
      const found = candidates.find(exists);
      if (found) files.push(found);
    } else if (CHANGELOG_FILE.test(value) && depth < 5) {
      const found = candidates.find(exists);
      const nested = found && view.read?.(found);
      if (found && nested !== undefined) files.push(...changelogOrder(nested, path.dirname(found), view, depth + 1));
    }
  }
  return files;
}

/** includeAll: the .sql files of a folder and of its subfolders, ordered by their path within it. */
function sqlFilesUnder(folder: string, view: FileSystemView, depth = 0): string[] {
  const found: string[] = [];
  for (const name of [...(view.list(folder) ?? [])].sort(compareNames)) {
    const full = path.join(folder, name);
    if (/\.sql$/i.test(name)) found.push(full);
    else if (depth < 5 && !name.startsWith('.') && view.list(full) !== undefined)
      found.push(...sqlFilesUnder(full, view, depth + 1));
  }
  return found;
}
