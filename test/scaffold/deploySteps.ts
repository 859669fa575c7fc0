// Applies a scaffold plan to a real database the way a migration tool would (each up and down file sent as one
// simple-query message, like golang-migrate and psql -c), and checks what the plan promises at every step:
// the down right after its up brings the schema back exactly with the data intact, applying the up again
// reaches the same state, and no migration loses a row. `deployPlan` also runs the application versions before
// and after each deployment; `applyPlanWithRollbacks` hands each step to the test instead.
import * as assert from 'assert';
import { diffSchemas, SchemaSnapshot, snapshotSchema, tableChecksums } from '../../server/src/dryrun/catalog';
import { Database, DatabaseError } from '../../server/src/dryrun/database';
import { CANNOT_UNDO } from '../../server/src/fixes/cannotUndo';
import type { ScaffoldPlan, ScaffoldStep } from '../../server/src/fixes/scaffold/plan';

/** What one application version runs: each statement must succeed. */
export type AppQueries = readonly string[];

export interface PlanExpectations {
  /**
   * The application versions in deploy order: `apps[0]` runs before the first deployment, `apps[d]` once
   * deployment d is out. After deployment d, both `apps[d - 1]` and `apps[d]` must work.
   */
  apps: readonly AppQueries[];
  /** Data the migration may deliberately change (a dropped column): the checksum to compare instead. */
  checksum?: (db: Database) => Promise<string>;
}

async function checksum(db: Database, expectations: PlanExpectations): Promise<string> {
  if (expectations.checksum) return expectations.checksum(db);
  return JSON.stringify([...(await tableChecksums(db))]);
}

async function runApp(db: Database, queries: AppQueries, label: string): Promise<void> {
  for (const sql of queries) {
    try {
      await db.query(sql);
    } catch (error) {
      throw new Error(`${label}: ${sql}\n  failed: ${(error as Error).message}`);
    }
  }
}

function describeDifferences(differences: ReturnType<typeof diffSchemas>): string {
  return differences.map((d) => `${d.object}\n    before: ${d.before}\n    after:  ${d.after}`).join('\n');
}

async function expectSame(db: Database, before: SchemaSnapshot, what: string): Promise<void> {
  const differences = diffSchemas(before, await snapshotSchema(db));
  assert.deepStrictEqual(differences, [], `${what} changed the schema:\n${describeDifferences(differences)}`);
}

/** One migration however it is applied (a step's SQL through `db.exec`, a file through psql). */
export interface Migration {
  name: string;
  up(): Promise<void>;
  down(): Promise<void>;
}

/** A scaffold step sent as one simple-query message per direction. */
function stepMigration(db: Database, step: ScaffoldStep): Migration {
  return { name: step.name, up: () => db.exec(step.up), down: () => db.exec(step.down) };
}

/** How one migration is checked: which data it must keep, and which schema differences its down may leave. */
export interface RollbackCheck {
  /** A fingerprint of the data (compared deeply) that neither the up nor the down may change. */
  kept?: (db: Database) => Promise<unknown>;
  /** A fingerprint that the up may change but the down must bring back. */
  restored?: (db: Database) => Promise<unknown>;
}

/** Up, its down right after it, then the up again (which must reach the same schema as the first time). */
export async function applyWithRollback(db: Database, migration: Migration, check: RollbackCheck): Promise<void> {
  const none = async () => null;
  const kept = check.kept ?? none;
  const restored = check.restored ?? none;
  const before = await snapshotSchema(db);
  const keptBefore = await kept(db);
  const restoredBefore = await restored(db);
  await migration.up();
  const after = await snapshotSchema(db);
  assert.deepStrictEqual(await kept(db), keptBefore, `${migration.name} (up) changed or lost rows`);

  await migration.down();
  const differences = diffSchemas(before, await snapshotSchema(db));
  // (A column a down adds back comes last: the snapshot compares columns by name, so that is no difference.)
  assert.deepStrictEqual(
    differences,
    [],
    `${migration.name}: the down did not restore the schema:\n${describeDifferences(differences)}`,
  );
  assert.deepStrictEqual(await kept(db), keptBefore, `${migration.name} (down) changed or lost rows`);
  assert.deepStrictEqual(await restored(db), restoredBefore, `${migration.name}: the down did not restore the data`);

  await migration.up();
  await expectSame(db, after, `${migration.name}: the up applied again after its down`);
}

/** For a down that re-adds a column: PostgreSQL puts it last, and that is the only difference allowed. */
/** Runs the whole plan on `db` (its tables and rows already there). */
export async function deployPlan(db: Database, plan: ScaffoldPlan, expectations: PlanExpectations): Promise<void> {
  const deploys = [...new Set(plan.steps.map((s) => s.deploy))].sort((a, b) => a - b);
  assert.strictEqual(
    expectations.apps.length,
    deploys.length + 1,
    'one application version per deployment, plus the one before',
  );
  await runApp(db, expectations.apps[0], 'the application before the change');
  for (const deploy of deploys) {
    for (const step of plan.steps.filter((s) => s.deploy === deploy))
      await applyWithRollback(db, stepMigration(db, step), {
        kept: (d) => checksum(d, expectations),
      });
    await runApp(db, expectations.apps[deploy - 1], `after deployment ${deploy}, the application version before it`);
    await runApp(db, expectations.apps[deploy], `after deployment ${deploy}, the application version it ships`);
  }
}

/** Every row of the table as sorted JSON: independent of column order and physical row order. */
export async function tableRows(db: Database, table: string): Promise<string[]> {
  const result = await db.query(`SELECT to_jsonb(r)::text AS row FROM ${table} AS r ORDER BY 1`);
  return result.rows.map((r) => String(r.row));
}

export interface StepHooks {
  /** Runs after each step's up is (re-)applied for good. */
  afterStep?(step: ScaffoldStep, index: number): Promise<void>;
}

/**
 * Runs the whole plan on `db`, each step checked by `applyWithRollback` against every row of `tables` (only
 * their count where the down says it cannot undo something); the test checks the application in `afterStep`.
 */
export async function applyPlanWithRollbacks(
  db: Database,
  plan: ScaffoldPlan,
  tables: readonly string[],
  hooks: StepHooks = {},
): Promise<void> {
  for (const [index, step] of plan.steps.entries()) {
    const partial = step.down.includes(CANNOT_UNDO);
    const rows = (d: Database) => Promise.all(tables.map((t) => tableRows(d, t)));
    await applyWithRollback(db, stepMigration(db, step), {
      // A down that says it cannot undo something must still keep every row.
      kept: partial ? async (d) => (await rows(d)).map((r) => r.length) : undefined,
      restored: partial ? undefined : rows,
    });
    await hooks.afterStep?.(step, index);
  }
}

/** The SQLSTATE and message a statement fails with (it must fail). */
export async function failure(run: () => Promise<unknown>): Promise<DatabaseError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DatabaseError) return error;
    throw error;
  }
  assert.fail('expected the statement to fail');
}
