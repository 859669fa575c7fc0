// The database a Rust crate builds sqlx or Diesel for, read from its Cargo.toml. Both crates compile in a
// database only through a feature (`sqlite`, `mysql`, `postgres`), so a crate enabling only SQLite's keeps
// migrations nobody runs on PostgreSQL (a desktop client's local store beside a PostgreSQL server crate).

/** A feature of sqlx or Diesel that builds in another database than PostgreSQL (`sqlite-unbundled`, `mysql_backend`). */
const OTHER_BACKEND = /^(sqlite|mysql)/;

/**
 * `sqlite` or `mysql` when the manifest's declarations of `crate` enable only that database, else undefined.
 * Undefined (no claim) whenever PostgreSQL might be built in: a declaration inheriting from the workspace
 * (`workspace = true`: the root may add `postgres`), no backend feature at all (another crate may enable it), or
 * `postgres` named anywhere in the manifest (`[features] pg = ["sqlx/postgres"]`, `postgres_backend`).
 */
export function cargoOtherDatabase(manifest: string, crate: 'sqlx' | 'diesel'): string | undefined {
  if (/postgres/i.test(manifest)) return undefined;
  const declarations = crateDeclarations(manifest, crate);
  if (declarations.length === 0 || declarations.some((d) => /\bworkspace\s*=\s*true\b/.test(d))) return undefined;
  const backends = declarations.flatMap(features).filter((feature) => OTHER_BACKEND.test(feature));
  return backends.length === 0 ? undefined : OTHER_BACKEND.exec(backends[0])![1];
}

/**
 * The text of each declaration of `crate`: an inline `sqlx = { ... }` (under [dependencies], a target's or
 * dev-dependencies) or a `[dependencies.sqlx]` table up to the next table header.
 */
function crateDeclarations(manifest: string, crate: string): string[] {
  const found: string[] = [];
  const inline = new RegExp(`^[ \\t]*["']?${crate}["']?[ \\t]*=[ \\t]*(\\{[^}]*\\}|"[^"\\n]*")`, 'gm');
  for (const m of manifest.matchAll(inline)) found.push(m[1]);
  const header = new RegExp(`^[ \\t]*\\[[^\\]\\n]*dependencies\\.["']?${crate}["']?\\][^\\n]*$`, 'gm');
  for (const m of manifest.matchAll(header)) {
    const rest = manifest.slice(m.index! + m[0].length);
    found.push(rest.split(/^[ \t]*\[/m)[0]);
  }
  return found;
}

/** The strings of a declaration's `features = [...]` list. */
function features(declaration: string): string[] {
  const list = /\bfeatures\s*=\s*\[([^\]]*)\]/.exec(declaration)?.[1] ?? '';
  return [...list.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]);
}
