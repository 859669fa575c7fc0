// Which migrations run before a given one, in the tool's own order. Pure: folders and files come through the
// FileSystemView the caller passes. Only up scripts are returned (a down script's history is the history of its
// up script; the up script itself is `pairedUpScript`), as absolute paths, oldest first.
import * as path from 'path';
import {
  compareDigits,
  compareFlywayVersions,
  compareNames,
  compareVersions,
  DBMATE_FILE,
  DOWN_FILE,
  FlywayName,
  GOLANG_MIGRATE_FILE,
  GOOSE_FILE,
  parseFlyway,
  PLAIN_FILE,
  plainVersion,
  SQL_MIGRATE_FILE,
  SQLX_FILE,
  supabaseApplies,
} from './naming';
import { hasuraEarlier } from './hasura';
import { liquibasePlace } from './liquibase';
import { springFlywayLocations } from './springFlyway';
import { FileSystemView, MigrationTool, namesAnotherDatabase, otherVendor, sqitchLayout } from './tools';

/**
 * The up scripts that run before `file` in its tool's order:
 *
 * - golang-migrate, goose, sqlx, plain folders: by numeric version (`2_x` before `10_x`; in a plain folder a dated
 *   name's digit groups make one version: `2024_01_10_093000_x`);
 * - dbmate, Supabase: by file name (both tools sort names; timestamps keep that chronological);
 * - sql-migrate: every `.sql` file of the folder, by leading number as a number, then by name (files without one
 *   after those with one);
 * - Flyway: versioned `V` scripts by version (`1.10` after `1.9`), then repeatable `R` scripts by description,
 *   across the location folder and its subfolders;
 * - sqitch: the order of `sqitch.plan` (a reworked change's earlier scripts are `name@tag.sql`);
 * - Prisma, Diesel: migration folders by name (timestamp first);
 * - Hasura: the migration folders of the same database folder, by version as a number;
 * - Liquibase: the order in which the master changelog runs the file (`include`, `includeAll` by path, `sqlFile`)
 *   when one lists it, else `includeAll`'s alphabetical order of the folder.
 *
 * For a down script (golang-migrate/sqlx `.down.sql`, Flyway `U`, Diesel/Hasura `down.sql`, sqitch `revert/`), the
 * migrations before its up script. goose/dbmate/sql-migrate keep both directions in one file: the result is the
 * same for both. A popx file for another database (`.mysql.up.sql`) never runs before a PostgreSQL one.
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
    case 'sql-migrate':
      return sqlMigrateEarlier(dir, base, view);
    case 'supabase':
      return byName(dir, base, view, (name, names) => supabaseApplies(name, () => names));
    case 'prisma':
      return folders(abs, view, 'migration.sql', (name) => name);
    case 'diesel':
      // Diesel's version is the folder name up to the first `_` (dashes are only for reading).
      return folders(abs, view, 'up.sql', (name) => name.split('_')[0].replace(/-/g, ''));
    case 'hasura':
      return hasuraEarlier(abs, view);
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
    .filter((name) => accept(name) && !namesAnotherDatabase(name) && compareVersions(version(name)!, own) < 0)
    .sort(byVersion)
    .map((name) => path.join(dir, name));
}

/**
 * sql-migrate's order (its `Migration.Less`): the file name is the id; ids starting with digits compare by that
 * number, then by id, and come before the others, which compare by id. Every `.sql` file of the folder (not its
 * subfolders) is a migration.
 */
function sqlMigrateEarlier(dir: string, base: string, view: FileSystemView): string[] {
  const order = (a: string, b: string): number => {
    const x = /^\d+/.exec(a)?.[0];
    const y = /^\d+/.exec(b)?.[0];
    if (x !== undefined && y !== undefined) return compareDigits(x, y) || compareNames(a, b);
    if (x !== undefined || y !== undefined) return x !== undefined ? -1 : 1;
    return compareNames(a, b);
  };
  return (view.list(dir) ?? [])
    .filter((name) => SQL_MIGRATE_FILE.test(name) && order(name, base) < 0)
    .sort(order)
    .map((name) => path.join(dir, name));
}

/** Files of `dir` accepted by `accept` whose names sort before `base`. */
function byName(
  dir: string,
  base: string,
  view: FileSystemView,
  accept: (name: string, names: readonly string[]) => boolean,
): string[] {
  const names = view.list(dir) ?? [];
  return names
    .filter((name) => accept(name, names) && compareNames(name, base) < 0)
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
 * `migrations` (Flyway's default is `db/migration`) within three levels, else the script's own folder. A folder
 * named for another database on the way (`db/migration/mysql/`) is a location of its own.
 */
export function flywayLocation(file: string): string {
  let dir = path.dirname(path.resolve(file));
  for (let i = 0; i < 3; i++) {
    const name = path.basename(dir);
    if (otherVendor(name) || FLYWAY_LOCATION_NAMES.has(name.toLowerCase())) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.dirname(path.resolve(file));
}

const FLYWAY_CONFIGS = ['flyway.conf', 'flyway.toml', path.join('conf', 'flyway.conf')];

/**
 * Every Flyway script of the sequence `file` belongs to: those of all the locations a Flyway configuration above it
 * names, when one of them holds it (Flyway orders them as one list), else those of `flywayLocation(file)` without
 * its subfolders for other databases (`mysql/` beside `postgresql/`). Guessed locations whose subfolders repeat a
 * version (`service-a/V1__x.sql`, `service-b/V1__y.sql`: Flyway refuses that in one configuration) are separate
 * sequences: the folder below the guess that holds the script is tried instead, down to its own folder.
 */
export function flywayScriptsFor(file: string, view: FileSystemView): string[] {
  const abs = path.resolve(file);
  const configured = configuredFlywayLocations(abs, view);
  if (configured) return configured.flatMap((location) => flywayScripts(location, view));
  const own = path.dirname(abs);
  let location = flywayLocation(abs);
  for (;;) {
    const scripts = flywayScripts(location, view, 5, otherVendor);
    if (location === own || !repeatsAVersion(scripts)) return scripts;
    location = path.join(location, path.relative(location, own).split(path.sep)[0]);
  }
}

/** Two scripts of one kind with the same version (or, repeatable, the same description). */
function repeatsAVersion(scripts: readonly string[]): boolean {
  const seen: FlywayName[] = [];
  for (const file of scripts) {
    const name = parseFlyway(path.basename(file))!;
    const same = (other: FlywayName): boolean =>
      other.kind === name.kind &&
      (name.kind === 'R'
        ? other.description === name.description
        : compareFlywayVersions(other.version!, name.version!) === 0);
    if (seen.some(same)) return true;
    seen.push(name);
  }
  return false;
}

/**
 * The locations a Flyway configuration above the script names, when the script is in one of them: `flyway.locations=
 * filesystem:sql,classpath:db/migration` (flyway.conf), `locations = ["filesystem:sql"]` (flyway.toml), relative
 * to the project folder the configuration is in (`classpath:` under src/main/resources), or Spring Boot's
 * `spring.flyway.locations` (application.properties / .yml in the classpath root, `{vendor}` read as `postgresql`).
 */
function configuredFlywayLocations(abs: string, view: FileSystemView): string[] | undefined {
  let dir = path.dirname(abs);
  const holds = (locations: string[]): boolean => locations.some((location) => abs.startsWith(location + path.sep));
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
      if (holds(locations)) return locations;
    }
    if (path.basename(dir) === 'resources') {
      const spring = springFlywayLocations(dir, view);
      // Profiles that disagree: only the script's own folder is sure to be scanned with it.
      if (spring === 'ambiguous') return [path.dirname(abs)];
      if (spring && holds(spring)) return spring;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export function flywayScripts(
  root: string,
  view: FileSystemView,
  depth = 5,
  skip: (folder: string) => boolean = () => false,
): string[] {
  const found: string[] = [];
  for (const name of view.list(root) ?? []) {
    const full = path.join(root, name);
    if (parseFlyway(name)) found.push(full);
    else if (depth > 0 && !/\.sql$/i.test(name) && !skip(name))
      found.push(...flywayScripts(full, view, depth - 1, skip)); // a folder lists
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
 * The changes of a sqitch.plan in deploy order. A change that is reworked later appears more than once; an earlier
 * instance uses the scripts named after one of the tags between it and its next instance (`users@v1.0.sql`), as
 * sqitch's Change::path_segments picks them: of the tags of the changes in between, from the latest change back
 * (each change's tags in plan order, the instance's own last), the first whose deploy script `exists`, else the
 * first of them. (`sqitch rework` copies the scripts to the plan's last tag, so it is the one that exists.)
 */
export function parseSqitchPlan(text: string, exists?: (script: string) => boolean): SqitchChange[] {
  // Each change with the tags that follow it (a tag line belongs to the change before it).
  const changes: { name: string; tags: string[] }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) continue;
    const tag = /^@(\S+)/.exec(line);
    if (tag) {
      changes[changes.length - 1]?.tags.push(tag[1]);
      continue;
    }
    const change = /^[+-]?([^\s[#@]+)/.exec(line);
    if (change) changes.push({ name: change[1], tags: [] });
  }
  // The index of each change's next instance (scanned from the end: one pass).
  const nextOf: number[] = [];
  const later = new Map<string, number>();
  for (let i = changes.length - 1; i >= 0; i--) {
    nextOf[i] = later.get(changes[i].name) ?? -1;
    later.set(changes[i].name, i);
  }
  return changes.map((c, i) => {
    const next = nextOf[i];
    if (next < 0) return { name: c.name, script: c.name };
    const tags = changes
      .slice(i, next)
      .reverse()
      .flatMap((between) => between.tags);
    if (tags.length === 0) return { name: c.name, script: c.name }; // sqitch refuses a rework without a tag
    const scripts = tags.map((t) => `${c.name}@${t}`);
    return { name: c.name, script: scripts.find((s) => exists?.(s)) ?? scripts[0] };
  });
}

function sqitchEarlier(abs: string, view: FileSystemView): string[] {
  const layout = sqitchLayout(abs, view);
  const text = layout && view.read?.(layout.plan);
  if (!layout || text === undefined) return [];
  const deploy = path.join(layout.topDir, 'deploy');
  const script = (s: string): string => path.join(deploy, ...s.split('/')) + '.sql';
  const exists = (s: string): boolean => (view.list(path.dirname(script(s))) ?? []).includes(path.basename(script(s)));
  const changes = parseSqitchPlan(text, exists);
  let index = -1;
  changes.forEach((c, i) => {
    if (c.script === layout.script) index = i;
  });
  if (index < 0) return [];
  return changes.slice(0, index).map((c) => script(c.script));
}

// ---- Liquibase ----------------------------------------------------------------------------------------

function liquibaseEarlier(abs: string, view: FileSystemView): string[] {
  const place = liquibasePlace(abs, view);
  if (place) return place.entries.slice(0, place.index).map((e) => e.file);
  // includeAll: every .sql file of the folder, alphabetically.
  const own = path.dirname(abs);
  return (view.list(own) ?? [])
    .filter((name) => /\.sql$/i.test(name) && compareNames(name, path.basename(abs)) < 0)
    .sort(compareNames)
    .map((name) => path.join(own, name));
}
