// The file names each migration tool reads, and how it compares versions. Pure string work.

/** Compares two digit strings as whole numbers of any length: "2" < "10", "007" = "7", 20-digit stamps too. */
export function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain code-unit order (what Go's `sort` and Rust's `Ord for str` do), independent of the locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** golang-migrate: `{version}_{title}.up.sql` / `.down.sql` (version: unsigned integer). */
export const GOLANG_MIGRATE_FILE = /^(\d+)_(.*)\.(up|down)\.sql$/i;
/** goose: `{version}_{name}.sql` (version: int64 before the first `_`). */
export const GOOSE_FILE = /^(\d+)_.*\.sql$/i;
/** dbmate: any `.sql` file starting with digits; applied in file-name order. */
export const DBMATE_FILE = /^(\d+).*\.sql$/i;
/** sql-migrate: any file whose name ends in `.sql` (case-sensitive, as Go's strings.HasSuffix). */
export const SQL_MIGRATE_FILE = /\.sql$/;
/** sqlx: `{version}_{description}.sql`, or `.up.sql` / `.down.sql` for reversible migrations (version: i64). */
export const SQLX_FILE = /^(\d+)_.*\.sql$/i;
/**
 * Supabase CLI: `{version}_{name}.sql` (`.sql` in lower case: its pattern is case-sensitive); applied in file-name
 * order. It skips any other file of the folder (a `seed.sql` kept there), saying so.
 */
export const SUPABASE_FILE = /^(\d+)_(.*)\.sql$/;

/** The initial schema dump older Supabase CLIs wrote (`<timestamp>_init.sql`), found anywhere in the name. */
const SUPABASE_OLD_INIT = /(\d{14})_init\.sql/;

/**
 * Whether the Supabase CLI applies the file `name` of a migrations folder (whose entries `names` lists): it matches
 * SUPABASE_FILE, and it is not an `..._init.sql` dated before 2021-12-09 that is the folder's first entry (in name
 * order), which the CLI skips for compatibility with the initial dumps of its older versions.
 */
export function supabaseApplies(name: string, names: () => readonly string[]): boolean {
  if (!SUPABASE_FILE.test(name)) return false;
  const stamp = SUPABASE_OLD_INIT.exec(name)?.[1];
  if (stamp === undefined || compareDigits(stamp, '20211209000000') >= 0) return true;
  return names().some((other) => compareNames(other, name) < 0);
}
/** A numbered or timestamped file in a plain migrations folder. */
export const PLAIN_FILE = /^(\d+)(?:[_-].*)?\.sql$/i;

/**
 * A plain file's version: its leading number and the groups of digits that follow it, compared group by group, so
 * that dated names (Laravel's `2024_01_10_093000_create_posts.sql`, `2024-01-15_init.sql`, `20240115_01_x.sql`)
 * order by the whole date, not by the year alone. A group counts only if a separator or `.sql` follows it:
 * `001_2fa_codes.sql` is version 001.
 */
export function plainVersion(name: string): string[] | undefined {
  const prefix = /^\d+(?:[_-]\d+(?=[_-]|\.sql$))*/i.exec(name)?.[0];
  return prefix?.split(/[_-]/);
}

/** Versions as groups of digits: group by group as numbers, a version before the longer ones it begins. */
export function compareVersions(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareDigits(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
export const DOWN_FILE = /\.down\.sql$/i;

export interface FlywayName {
  /** V versioned, U undo (of the V with the same version), R repeatable. */
  kind: 'V' | 'U' | 'R';
  /** As written (`1_1`, `2.0.3`); undefined for R. */
  version?: string;
  description: string;
}

/** Flyway's default naming: `V1_1__add_orders.sql`, `U1_1__add_orders.sql`, `R__views.sql`. */
export function parseFlyway(base: string): FlywayName | undefined {
  const versioned = /^([VU])(\d[\d._]*?)__(.+)\.sql$/.exec(base);
  if (versioned) return { kind: versioned[1] as 'V' | 'U', version: versioned[2], description: versioned[3] };
  const repeatable = /^R__(.+)\.sql$/.exec(base);
  return repeatable ? { kind: 'R', description: repeatable[1] } : undefined;
}

/**
 * Flyway's MigrationVersion order: `.` and `_` separate numeric parts compared one by one, a missing part counts
 * as 0 (so `1.10` comes after `1.9`, and `1` equals `1.0`).
 */
export function compareFlywayVersions(a: string, b: string): number {
  const x = a.split(/[._]/).filter((p) => p !== '');
  const y = b.split(/[._]/).filter((p) => p !== '');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const c = compareDigits(x[i] ?? '0', y[i] ?? '0');
    if (c !== 0) return c;
  }
  return 0;
}
