// Which migration tool a folder belongs to, so new files follow its convention: the folder's layout first
// (sqitch.plan, Prisma/Diesel migration folders, a Hasura project's history, supabase/migrations), then what
// Sluice detects for the `.sql` files already in it (the most common tool wins), then project markers above an
// empty folder. 'plain' when nothing else fits.
import * as path from 'path';
import { hasuraProjectOfHistory } from '../../migrations/hasura';
import { detectMigration, FileSystemView, MigrationTool } from '../../migrations/tools';

const DIESEL_FOLDER = /^\d{4}-\d{2}-\d{2}-\d{6}_.+|^\d{14}_.+/;

/** Files in the folders above `dir` (up to `depth` levels) that name a tool. */
function markerAbove(dir: string, view: FileSystemView, depth = 4): MigrationTool | undefined {
  let current = dir;
  for (let i = 0; i < depth; i++) {
    const names = view.list(current) ?? [];
    if (names.includes('diesel.toml')) return 'diesel';
    if (names.some((n) => /^flyway\.(conf|toml)$/.test(n))) return 'flyway';
    if (names.includes('sqitch.plan')) return 'sqitch';
    if (names.includes('Cargo.toml')) return 'sqlx';
    if (names.includes('go.mod')) return 'golang-migrate';
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return undefined;
}

export function detectFolderTool(dir: string, view: FileSystemView): MigrationTool {
  const abs = path.resolve(dir);
  const base = path.basename(abs);
  const parent = path.basename(path.dirname(abs));
  const listing = view.list(abs) ?? [];
  if (listing.includes('sqitch.plan') || (listing.includes('deploy') && listing.includes('revert'))) return 'sqitch';
  if (base === 'migrations' && parent === 'prisma') return 'prisma';
  if (base === 'migrations' && parent === 'supabase') return 'supabase';
  // Before Diesel: Hasura's migration folders have its shape. Empty, the folder is still where the history goes.
  if (hasuraProjectOfHistory(abs, view)) return 'hasura';
  const subfolders = listing.filter((n) => !/\.\w+$/.test(n));
  if (subfolders.some((n) => (view.list(path.join(abs, n)) ?? []).includes('migration.sql'))) return 'prisma';
  if (subfolders.some((n) => DIESEL_FOLDER.test(n) && (view.list(path.join(abs, n)) ?? []).includes('up.sql'))) {
    return 'diesel';
  }

  const votes = new Map<MigrationTool, number>();
  for (const name of listing) {
    if (!/\.sql$/i.test(name)) continue;
    const file = path.join(abs, name);
    const info = detectMigration(file, view.read?.(file) ?? '', view);
    if (info.tool) votes.set(info.tool, (votes.get(info.tool) ?? 0) + 1);
  }
  let best: MigrationTool | undefined;
  for (const [tool, count] of votes) if (best === undefined || count > votes.get(best)!) best = tool;
  if (best) return best;
  // A Liquibase master changelog (XML/YAML/JSON) that will include the new formatted-SQL files.
  if (listing.some((n) => /changelog.*\.(xml|ya?ml|json)$/i.test(n))) return 'liquibase';

  // An empty (or unrecognised) folder: a project marker above it, Flyway's default location name.
  if (base === 'migration' && parent === 'db') return 'flyway';
  return markerAbove(abs, view) ?? 'plain';
}
