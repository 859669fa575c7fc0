// Applies a scaffold plan to a real database the way a migration tool would (each up and down file sent as one
// simple-query message, like golang-migrate and psql -c), and checks what the plan promises at every step:
// the down right after its up brings the schema back exactly with the data intact, applying the up again
// reaches the same state, no migration loses or changes a row, and after each deployment the application
// version before it and the one after it both work.
import * as assert from 'assert';
import {
  diffSchemas,
  SchemaDifference,
  SchemaSnapshot,
  snapshotSchema,
  tableChecksums,
} from '../../server/src/dryrun/catalog';
import { Database, DatabaseError } from '../../server/src/dryrun/database';
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
  /** Differences a down cannot avoid, by step name (e.g. a re-added column comes back last). */
  allowedDownDifferences?: Record<string, (differences: ReturnType<typeof diffSchemas>) => void>;
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

/** PostgreSQL cannot put a re-added column back in its old position: that is the one difference allowed. */
export function onlyColumnOrder(d: SchemaDifference): boolean {
  const columns = (s: string | null) =>
    /columns ([^;]*)/
      .exec(s ?? '')?.[1]
      .split(', ')
      .sort()
      .join(', ');
  const rest = (s: string | null) => (s ?? '').replace(/columns [^;]*/, '');
  return (
    d.before !== null && d.after !== null && columns(d.before) === columns(d.after) && rest(d.before) === rest(d.after)
  );
}

export function describeDifferences(differences: ReturnType<typeof diffSchemas>): string {
  return differences.map((d) => `${d.object}\n    before: ${d.before}\n    after:  ${d.after}`).join('\n');
}

async function expectSame(db: Database, before: SchemaSnapshot, what: string): Promise<void> {
  const differences = diffSchemas(before, await snapshotSchema(db));
  assert.deepStrictEqual(differences, [], `${what} changed the schema:\n${describeDifferences(differences)}`);
}

async function applyStep(db: Database, step: ScaffoldStep, expectations: PlanExpectations): Promise<void> {
  const before = await snapshotSchema(db);
  const data = await checksum(db, expectations);
  await db.exec(step.up);
  const after = await snapshotSchema(db);
  assert.strictEqual(await checksum(db, expectations), data, `${step.name} (up) changed or lost rows`);

  await db.exec(step.down);
  const differences = diffSchemas(before, await snapshotSchema(db));
  const allowed = expectations.allowedDownDifferences?.[step.name];
  if (allowed) allowed(differences);
  else
    assert.deepStrictEqual(
      differences,
      [],
      `${step.name}: the down did not restore the schema:\n${describeDifferences(differences)}`,
    );
  assert.strictEqual(await checksum(db, expectations), data, `${step.name} (down) changed or lost rows`);

  await db.exec(step.up);
  await expectSame(db, after, `${step.name}: the up applied again after its down`);
}

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
    for (const step of plan.steps.filter((s) => s.deploy === deploy)) await applyStep(db, step, expectations);
    await runApp(db, expectations.apps[deploy - 1], `after deployment ${deploy}, the application version before it`);
    await runApp(db, expectations.apps[deploy], `after deployment ${deploy}, the application version it ships`);
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
