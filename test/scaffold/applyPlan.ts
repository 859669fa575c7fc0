// Applies a scaffold plan's steps to a real database the way a migration runner would (each file as one
// simple-query message), and checks after every step that its down, applied right after its up, restores the
// schema (catalog snapshot) and the rows; then re-applies the up and goes on.
import * as assert from 'assert';
import { diffSchemas, snapshotSchema } from '../../server/src/dryrun/catalog';
import type { Database } from '../../server/src/dryrun/database';
import { CANNOT_UNDO } from '../../server/src/fixes/cannotUndo';
import type { ScaffoldPlan, ScaffoldStep } from '../../server/src/fixes/scaffold/plan';
import { onlyColumnOrder } from './deploySteps';

/** Every row of the table as sorted JSON: independent of column order and physical row order. */
export async function tableRows(db: Database, table: string): Promise<string[]> {
  const result = await db.query(`SELECT to_jsonb(r)::text AS row FROM ${table} AS r ORDER BY 1`);
  return result.rows.map((r) => String(r.row));
}

export interface StepHooks {
  /** Runs after each step's up is (re-)applied for good. */
  afterStep?(step: ScaffoldStep, index: number): Promise<void>;
}

export async function applyPlanWithRollbacks(
  db: Database,
  plan: ScaffoldPlan,
  tables: readonly string[],
  hooks: StepHooks = {},
): Promise<void> {
  for (const [index, step] of plan.steps.entries()) {
    const schemaBefore = await snapshotSchema(db);
    const rowsBefore = await Promise.all(tables.map((t) => tableRows(db, t)));
    await db.exec(step.up);
    await db.exec(step.down);
    const differences = diffSchemas(schemaBefore, await snapshotSchema(db)).filter(
      (d) => !(step.phase === 'contract' && onlyColumnOrder(d)),
    );
    assert.deepStrictEqual(differences, [], `${step.name}: the down did not restore the schema`);
    const rowsAfter = await Promise.all(tables.map((t) => tableRows(db, t)));
    if (step.down.includes(CANNOT_UNDO))
      assert.deepStrictEqual(
        rowsAfter.map((r) => r.length),
        rowsBefore.map((r) => r.length),
        `${step.name}: rows lost`,
      );
    else assert.deepStrictEqual(rowsAfter, rowsBefore, `${step.name}: the down did not keep the data intact`);
    await db.exec(step.up);
    await hooks.afterStep?.(step, index);
  }
}
