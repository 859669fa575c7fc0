// Conventions that keep the down script in a file of its own: golang-migrate, sqlx, plain folders, Flyway,
// Diesel, Hasura, Prisma and Supabase. A plain, sqlx or Flyway folder whose migrations have no down/undo scripts gets
// none either: a lone new one would make `missing-rollback` fire on every other migration, and a runner that
// applies a plain folder's files in name order would run `N_x.down.sql` before `N_x.sql`.
import * as path from 'path';
import {
  DOWN_FILE,
  GOLANG_MIGRATE_FILE,
  parseFlyway,
  PLAIN_FILE,
  SQLX_FILE,
  SUPABASE_FILE,
} from '../../migrations/naming';
import { HASURA_MIGRATION_FOLDER, HASURA_NO_TRANSACTION } from '../../migrations/hasura';
import { rollbackExpected } from '../../migrations/rollback';
import { supabaseStandalone } from '../../migrations/transactions';
import type { ScaffoldPlan, ScaffoldStep } from '../scaffold/plan';
import { body, downHeader, upHeader } from './headers';
import { entryName, fileName, LayoutResult, LayoutTarget, PlannedFile, versionsOf } from './layout';
import { nextFlywayVersions, nextMillisecondVersions, nextVersions } from './versions';

/** Where one step's files go, relative to `dir`, and the lines a tool needs first to run it outside a transaction. */
interface StepPlace {
  up: string;
  /** Undefined where the folder's convention has no down scripts. */
  down?: string;
  /**
   * Lines before the header of both files (sqlx `-- no-transaction`, Flyway `executeInTransaction=false`, Hasura
   * `-- hasura:no-transaction`).
   */
  prefix?: string;
  /** Comment lines after the header of both files: what the user must do that the convention cannot say. */
  note?: string;
  /** Files beside the step the tool reads (Diesel's metadata.toml). */
  extra?: { path: string; content: string };
}

const PRISMA_FOLDER = /^(\d{14})_/;
const HASURA_OLDER_CLI =
  '-- Needs a Hasura CLI that reads `-- hasura:no-transaction`: an older one runs this file in a transaction,\n' +
  '-- where it fails.\n';
const DIESEL_FOLDER = /^(\d{4}-\d{2}-\d{2}-\d{6}|\d{14})_/;

/**
 * The folder holds migrations of the tool and none has a down/undo script (`rollbackExpected` is what
 * `missing-rollback` asks): new files follow it. An empty folder has no convention yet: downs are written.
 */
export function folderWithoutDowns(target: LayoutTarget): boolean {
  const names = target.listing.map(entryName);
  const migrations =
    target.tool === 'plain'
      ? names.some((n) => PLAIN_FILE.test(n) && !DOWN_FILE.test(n))
      : target.tool === 'sqlx'
        ? names.some((n) => SQLX_FILE.test(n) && !DOWN_FILE.test(n))
        : target.tool === 'flyway'
          ? names.some((n) => parseFlyway(n)?.kind === 'V')
          : false;
  return migrations && !rollbackExpected(target.tool, names);
}

function places(steps: readonly ScaffoldStep[], target: LayoutTarget): StepPlace[] {
  const { listing, now } = target;
  const n = steps.length;
  const names = steps.map((s) => fileName(s.name));
  const noDowns = folderWithoutDowns(target);
  switch (target.tool) {
    case 'golang-migrate':
      return nextVersions(versionsOf(listing, GOLANG_MIGRATE_FILE), n, now, 'sequence', 6).map((v, i) => ({
        up: `${v}_${names[i]}.up.sql`,
        down: `${v}_${names[i]}.down.sql`,
      }));
    case 'sqlx':
      // Without down scripts sqlx's migrations are simple ones, `N_name.sql` (unless the folder names its ups).
      const simple = noDowns && !listing.some((e) => /\.up\.sql$/i.test(e));
      return nextVersions(versionsOf(listing, SQLX_FILE), n, now, 'timestamp').map((v, i) => ({
        up: simple ? `${v}_${names[i]}.sql` : `${v}_${names[i]}.up.sql`,
        down: noDowns ? undefined : `${v}_${names[i]}.down.sql`,
        // sqlx reads this only as the file's very first bytes.
        prefix: steps[i].transactional ? undefined : '-- no-transaction\n',
      }));
    case 'flyway': {
      const versions = listing.map((e) => parseFlyway(entryName(e))?.version).filter((v): v is string => !!v);
      return nextFlywayVersions(versions, n, now).map((v, i) => ({
        up: `V${v}__${names[i]}.sql`,
        down: noDowns ? undefined : `U${v}__${names[i]}.sql`,
        prefix: steps[i].transactional ? undefined : '-- flyway:executeInTransaction=false\n',
      }));
    }
    case 'supabase':
      // The Supabase CLI applies only `<timestamp>_name.sql` files at the top of supabase/migrations and skips
      // folders: `down/` keeps each down script beside the migrations without the CLI ever running it.
      return nextVersions(versionsOf(listing, SUPABASE_FILE), n, now, 'timestamp').map((v, i) => ({
        up: `${v}_${names[i]}.sql`,
        down: path.join('down', `${v}_${names[i]}.sql`),
        note:
          steps[i].transactional || [steps[i].up, steps[i].down].every(supabaseStandalone)
            ? undefined
            : '-- The Supabase CLI applies each migration file in one transaction, and this step cannot run in one:\n' +
              '-- apply it with psql (psql -f) and record it with `supabase migration repair --status applied`.\n',
      }));
    case 'prisma':
      // Prisma Migrate runs only migration.sql; down.sql beside it is where Prisma's docs keep a down migration.
      return nextVersions(versionsOf(listing, PRISMA_FOLDER), n, now, 'timestamp').map((v, i) => ({
        up: path.join(`${v}_${names[i]}`, 'migration.sql'),
        down: path.join(`${v}_${names[i]}`, 'down.sql'),
      }));
    case 'diesel': {
      const existing = versionsOf(listing, DIESEL_FOLDER);
      // Diesel CLI writes `2024-01-31-120000`; follow a folder that uses plain 14-digit versions instead.
      const dashed = existing.length === 0 || existing.some((v) => v.includes('-'));
      const digits = existing.map((v) => v.replace(/-/g, ''));
      return nextVersions(digits, n, now, 'timestamp').map((v, i) => {
        const folder = `${dashed ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}-${v.slice(8)}` : v}_${names[i]}`;
        return {
          up: path.join(folder, 'up.sql'),
          down: path.join(folder, 'down.sql'),
          extra: steps[i].transactional
            ? undefined
            : { path: path.join(folder, 'metadata.toml'), content: 'run_in_transaction = false\n' },
        };
      });
    }
    case 'hasura':
      // `dir` is the history's folder: `migrations/<database>/` (config v3) or `migrations/` (config v2).
      return nextMillisecondVersions(versionsOf(listing, HASURA_MIGRATION_FOLDER), n, now).map((v, i) => ({
        up: path.join(`${v}_${names[i]}`, 'up.sql'),
        down: path.join(`${v}_${names[i]}`, 'down.sql'),
        // The CLI reads this only as the file's first line.
        prefix: steps[i].transactional ? undefined : `${HASURA_NO_TRANSACTION}\n`,
        note: steps[i].transactional ? undefined : HASURA_OLDER_CLI,
      }));
    default: {
      // A plain folder: numbered files with their down script beside them.
      const versions = versionsOf(listing, PLAIN_FILE);
      return nextVersions(versions, n, now, 'sequence', 4).map((v, i) => ({
        up: `${v}_${names[i]}.sql`,
        down: noDowns ? undefined : `${v}_${names[i]}.down.sql`,
      }));
    }
  }
}

export function layoutPaired(plan: ScaffoldPlan, target: LayoutTarget): LayoutResult {
  const files: PlannedFile[] = [];
  places(plan.steps, target).forEach((place, i) => {
    const step = plan.steps[i];
    const prefix = place.prefix ?? '';
    const common = { phase: step.phase, deploy: step.deploy };
    files.push({
      ...common,
      path: path.join(target.dir, place.up),
      kind: 'up',
      content: `${prefix}${upHeader(plan, step)}${place.note ?? ''}\n${body(step.up)}`,
    });
    if (place.down !== undefined) {
      files.push({
        ...common,
        path: path.join(target.dir, place.down),
        kind: 'down',
        content: `${prefix}${downHeader(plan, step, place.up.replace(/\\/g, '/'))}${place.note ?? ''}\n${body(step.down)}`,
      });
    }
    if (place.extra) {
      files.push({
        ...common,
        path: path.join(target.dir, place.extra.path),
        kind: 'up',
        content: place.extra.content,
      });
    }
  });
  return { files, appends: [] };
}
